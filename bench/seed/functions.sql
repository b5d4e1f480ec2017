-- Seeds the benchmark's functions: :functions functions named bench-fn-000... in project "bench-project", every
-- other one active, each with version 1 (a small package, stored as Invoke stores packages) as its active version.
-- Run with psql -v functions=N. Replaces earlier bench rows, so the scenario can run twice on one database.
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM functions WHERE name LIKE 'bench-fn-%';
DELETE FROM projects WHERE slug = 'bench-project';

INSERT INTO projects (name, description, slug, created_by)
SELECT 'bench-project', 'Functions and logs seeded by bench/scenarios/20-functions-dashboard.sh', 'bench-project', min(id)
FROM users;

INSERT INTO functions (name, description, project_id, deployed_by, is_active, created_at)
SELECT format('bench-fn-%s', lpad(i::text, 3, '0')), 'benchmark function', p.id, p.created_by, i % 2 = 0,
       now() - make_interval(mins => i)
FROM projects p, generate_series(0, :functions - 1) AS i
WHERE p.slug = 'bench-project';

INSERT INTO function_versions (function_id, version, file_size, package_path, package_hash, created_by)
SELECT f.id, 1, 512, 'db://function_packages/pending', md5(f.id::text) || md5(f.name), f.deployed_by
FROM functions f
WHERE f.name LIKE 'bench-fn-%';

UPDATE function_versions SET package_path = 'db://function_packages/' || id
WHERE package_path = 'db://function_packages/pending';

INSERT INTO function_packages (function_version_id, content)
SELECT v.id, convert_to(repeat('x', 512), 'UTF8')
FROM function_versions v JOIN functions f ON f.id = v.function_id
WHERE f.name LIKE 'bench-fn-%';

UPDATE functions f SET active_version_id = v.id
FROM function_versions v
WHERE v.function_id = f.id AND f.name LIKE 'bench-fn-%';
COMMIT;
