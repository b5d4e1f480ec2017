-- Appends :logs execution logs spread evenly over the bench functions and over :days days ending :offset_days days
-- ago (offset 0: ending now), shaped like the runtime's rows: about 90 % 2xx, 5 % 4xx, 5 % 5xx, 5-150 ms.
-- Then sets each function's lifetime execution_count to its number of logs and refreshes the planner's statistics.
-- Run with psql -v logs=N -v days=D -v offset_days=O.
\set ON_ERROR_STOP on
CREATE TEMP TABLE bench_functions AS
SELECT row_number() OVER (ORDER BY name) - 1 AS n, id FROM functions WHERE name LIKE 'bench-fn-%';

INSERT INTO execution_logs (function_id, status_code, execution_time_ms, request_size, response_size,
    request_headers, response_headers, request_body, response_body, request_method, request_url, console_logs,
    error_message, client_ip, user_agent, api_key_used, executed_at)
SELECT f.id,
       CASE WHEN g % 20 = 7 THEN 400 WHEN g % 20 = 13 THEN 500 ELSE 200 END,
       5 + (g::bigint * 7919) % 146,
       100 + g % 50,
       200 + (g::bigint * 31) % 5000,
       '{"user-agent": "bench", "content-type": "application/json"}',
       '{"content-type": "application/json"}',
       NULL,
       '{"ok":true}',
       (ARRAY['GET', 'POST', 'PUT', 'DELETE'])[1 + g % 4],
       format('/invoke/%s/path?i=%s', f.id, g),
       '[{"level": "log", "message": "hello"}]',
       CASE WHEN g % 20 = 13 THEN 'Error: boom' END,
       format('10.0.%s.%s', g % 256, (g / 256) % 256)::inet,
       'bench-agent/1.0',
       g % 3 = 0,
       now() - make_interval(days => :offset_days) - random() * make_interval(days => :days)
FROM generate_series(1, :logs) AS g
JOIN bench_functions f ON f.n = g % (SELECT count(*) FROM bench_functions);

UPDATE functions f SET execution_count = c.count
FROM (SELECT function_id, count(*) AS count FROM execution_logs GROUP BY function_id) c
WHERE c.function_id = f.id AND f.name LIKE 'bench-fn-%';

VACUUM ANALYZE execution_logs;
VACUUM ANALYZE functions;
