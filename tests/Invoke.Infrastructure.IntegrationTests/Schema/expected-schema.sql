-- Schema of the original Invoke database after its migrations 001-007 (PostgreSQL 15, pg_dump --schema-only).
-- Trigger function bodies are omitted; the reference documents describe what each trigger does.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)


--
-- Name: notify_execution_cache_change(); Type: FUNCTION; Schema: public; Owner: postgres
--

-- function notify_execution_cache_change(): body omitted (see runtime.md / admin-api.md for what it does)


ALTER FUNCTION public.notify_execution_cache_change() OWNER TO postgres;

--
-- Name: notify_gateway_change(); Type: FUNCTION; Schema: public; Owner: postgres
--

-- function notify_gateway_change(): body omitted (see runtime.md / admin-api.md for what it does)


ALTER FUNCTION public.notify_gateway_change() OWNER TO postgres;

--
-- Name: notify_gateway_domain_change(); Type: FUNCTION; Schema: public; Owner: postgres
--

-- function notify_gateway_domain_change(): body omitted (see runtime.md / admin-api.md for what it does)


ALTER FUNCTION public.notify_gateway_domain_change() OWNER TO postgres;

--
-- Name: set_project_slug(); Type: FUNCTION; Schema: public; Owner: postgres
--

-- function set_project_slug(): body omitted (see runtime.md / admin-api.md for what it does)


ALTER FUNCTION public.set_project_slug() OWNER TO postgres;

--
-- Name: update_updated_at_column(); Type: FUNCTION; Schema: public; Owner: postgres
--

-- function update_updated_at_column(): body omitted (see runtime.md / admin-api.md for what it does)


ALTER FUNCTION public.update_updated_at_column() OWNER TO postgres;



--
-- Name: SequelizeMeta; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."SequelizeMeta" (
    name character varying(255) NOT NULL
);


ALTER TABLE public."SequelizeMeta" OWNER TO postgres;

--
-- Name: api_gateway_auth_methods; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_gateway_auth_methods (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    gateway_config_id uuid NOT NULL,
    name character varying(100) NOT NULL,
    type character varying(20) NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    CONSTRAINT api_gateway_auth_methods_type_check CHECK (((type)::text = ANY ((ARRAY['basic_auth'::character varying, 'bearer_jwt'::character varying, 'api_key'::character varying, 'middleware'::character varying])::text[])))
);


ALTER TABLE public.api_gateway_auth_methods OWNER TO postgres;

--
-- Name: api_gateway_configs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_gateway_configs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    project_id uuid NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    custom_domain character varying(255),
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.api_gateway_configs OWNER TO postgres;

--
-- Name: api_gateway_route_auth_methods; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_gateway_route_auth_methods (
    route_id uuid NOT NULL,
    auth_method_id uuid NOT NULL,
    sort_order integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.api_gateway_route_auth_methods OWNER TO postgres;

--
-- Name: api_gateway_route_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_gateway_route_settings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    route_id uuid NOT NULL,
    cors_enabled boolean DEFAULT false NOT NULL,
    cors_allowed_origins text[] DEFAULT ARRAY[]::text[] NOT NULL,
    cors_allowed_headers text[] DEFAULT ARRAY[]::text[] NOT NULL,
    cors_expose_headers text[] DEFAULT ARRAY[]::text[] NOT NULL,
    cors_max_age integer DEFAULT 86400 NOT NULL,
    cors_allow_credentials boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.api_gateway_route_settings OWNER TO postgres;

--
-- Name: api_gateway_routes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_gateway_routes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    gateway_config_id uuid NOT NULL,
    route_path character varying(500) NOT NULL,
    function_id uuid,
    allowed_methods text[] DEFAULT ARRAY['GET'::text, 'POST'::text] NOT NULL,
    sort_order integer DEFAULT 0 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    auth_logic character varying(3) DEFAULT 'or'::character varying NOT NULL,
    rate_limit_requests integer,
    rate_limit_window_seconds integer,
    CONSTRAINT api_gateway_routes_auth_logic_check CHECK (((auth_logic)::text = ANY ((ARRAY['or'::character varying, 'and'::character varying])::text[])))
);


ALTER TABLE public.api_gateway_routes OWNER TO postgres;

--
-- Name: api_keys; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_keys (
    id integer NOT NULL,
    key_hash character varying(64) NOT NULL,
    name character varying(100) NOT NULL,
    created_by integer,
    is_active boolean DEFAULT true,
    created_at timestamp with time zone DEFAULT now(),
    last_used timestamp with time zone,
    usage_count integer DEFAULT 0
);


ALTER TABLE public.api_keys OWNER TO postgres;

--
-- Name: api_keys_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.api_keys_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.api_keys_id_seq OWNER TO postgres;

--
-- Name: api_keys_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.api_keys_id_seq OWNED BY public.api_keys.id;


--
-- Name: execution_logs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.execution_logs (
    id integer NOT NULL,
    function_id uuid,
    status_code integer,
    execution_time_ms integer,
    request_size bigint,
    response_size bigint,
    request_headers jsonb,
    response_headers jsonb,
    request_body text,
    response_body text,
    request_method character varying(10),
    request_url text,
    console_logs jsonb,
    error_message text,
    client_ip inet,
    user_agent text,
    api_key_used boolean DEFAULT false,
    executed_at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.execution_logs OWNER TO postgres;

--
-- Name: execution_logs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.execution_logs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.execution_logs_id_seq OWNER TO postgres;

--
-- Name: execution_logs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.execution_logs_id_seq OWNED BY public.execution_logs.id;


--
-- Name: function_environment_variables; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.function_environment_variables (
    id integer NOT NULL,
    function_id uuid NOT NULL,
    variable_name character varying(255) NOT NULL,
    variable_value text NOT NULL,
    description text,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.function_environment_variables OWNER TO postgres;

--
-- Name: function_environment_variables_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.function_environment_variables_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.function_environment_variables_id_seq OWNER TO postgres;

--
-- Name: function_environment_variables_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.function_environment_variables_id_seq OWNED BY public.function_environment_variables.id;


--
-- Name: function_versions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.function_versions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    function_id uuid NOT NULL,
    version integer NOT NULL,
    file_size bigint NOT NULL,
    package_path character varying(500),
    package_hash character varying(64) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    created_by integer
);


ALTER TABLE public.function_versions OWNER TO postgres;

--
-- Name: functions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.functions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    project_id uuid,
    deployed_by integer,
    requires_api_key boolean DEFAULT false,
    api_key character varying(255),
    is_active boolean DEFAULT true,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    last_executed timestamp with time zone,
    execution_count integer DEFAULT 0,
    active_version_id uuid,
    retention_type character varying(10),
    retention_value integer,
    retention_enabled boolean DEFAULT false,
    schedule_enabled boolean DEFAULT false,
    schedule_cron character varying(100),
    next_execution timestamp with time zone,
    last_scheduled_execution timestamp with time zone,
    custom_timeout_enabled boolean DEFAULT false NOT NULL,
    custom_timeout_seconds integer,
    custom_memory_enabled boolean DEFAULT false NOT NULL,
    custom_memory_mb integer,
    schedule_failure_count integer DEFAULT 0 NOT NULL,
    schedule_running_until timestamp with time zone
);


ALTER TABLE public.functions OWNER TO postgres;

--
-- Name: global_network_policies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.global_network_policies (
    id integer NOT NULL,
    action character varying(10) NOT NULL,
    target_type character varying(10) NOT NULL,
    target_value character varying(255) NOT NULL,
    description character varying(255),
    priority integer NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    port_from integer,
    port_to integer,
    CONSTRAINT global_network_policies_action_ck CHECK (((action)::text = ANY ((ARRAY['allow'::character varying, 'deny'::character varying])::text[]))),
    CONSTRAINT global_network_policies_ports_ck CHECK ((((port_from IS NULL) AND (port_to IS NULL)) OR (((port_from >= 1) AND (port_from <= 65535)) AND ((port_to >= port_from) AND (port_to <= 65535))))),
    CONSTRAINT global_network_policies_target_type_ck CHECK (((target_type)::text = ANY ((ARRAY['ip'::character varying, 'cidr'::character varying, 'domain'::character varying])::text[])))
);


ALTER TABLE public.global_network_policies OWNER TO postgres;

--
-- Name: global_network_policies_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.global_network_policies_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.global_network_policies_id_seq OWNER TO postgres;

--
-- Name: global_network_policies_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.global_network_policies_id_seq OWNED BY public.global_network_policies.id;


--
-- Name: global_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.global_settings (
    id integer NOT NULL,
    setting_key character varying(100) NOT NULL,
    setting_value text NOT NULL,
    description text,
    updated_at timestamp with time zone DEFAULT now()
);


ALTER TABLE public.global_settings OWNER TO postgres;

--
-- Name: global_settings_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.global_settings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.global_settings_id_seq OWNER TO postgres;

--
-- Name: global_settings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.global_settings_id_seq OWNED BY public.global_settings.id;


--
-- Name: project_memberships; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_memberships (
    id integer NOT NULL,
    project_id uuid NOT NULL,
    user_id integer NOT NULL,
    role character varying(20) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    created_by integer,
    CONSTRAINT project_memberships_role_ck CHECK (((role)::text = ANY ((ARRAY['owner'::character varying, 'developer'::character varying])::text[])))
);


ALTER TABLE public.project_memberships OWNER TO postgres;

--
-- Name: project_memberships_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.project_memberships_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.project_memberships_id_seq OWNER TO postgres;

--
-- Name: project_memberships_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.project_memberships_id_seq OWNED BY public.project_memberships.id;


--
-- Name: project_network_policies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_network_policies (
    id integer NOT NULL,
    project_id uuid NOT NULL,
    action character varying(10) NOT NULL,
    target_type character varying(10) NOT NULL,
    target_value character varying(255) NOT NULL,
    description character varying(255),
    priority integer NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    port_from integer,
    port_to integer,
    CONSTRAINT project_network_policies_action_ck CHECK (((action)::text = ANY ((ARRAY['allow'::character varying, 'deny'::character varying])::text[]))),
    CONSTRAINT project_network_policies_ports_ck CHECK ((((port_from IS NULL) AND (port_to IS NULL)) OR (((port_from >= 1) AND (port_from <= 65535)) AND ((port_to >= port_from) AND (port_to <= 65535))))),
    CONSTRAINT project_network_policies_target_type_ck CHECK (((target_type)::text = ANY ((ARRAY['ip'::character varying, 'cidr'::character varying, 'domain'::character varying])::text[])))
);


ALTER TABLE public.project_network_policies OWNER TO postgres;

--
-- Name: project_network_policies_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.project_network_policies_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.project_network_policies_id_seq OWNER TO postgres;

--
-- Name: project_network_policies_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.project_network_policies_id_seq OWNED BY public.project_network_policies.id;


--
-- Name: projects; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.projects (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name character varying(100) NOT NULL,
    description text,
    created_by integer,
    is_active boolean DEFAULT true,
    kv_storage_limit_bytes bigint DEFAULT 1073741824,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    slug character varying(100)
);


ALTER TABLE public.projects OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id integer NOT NULL,
    username character varying(50) NOT NULL,
    email character varying(255) NOT NULL,
    password_hash character varying(255) NOT NULL,
    is_admin boolean DEFAULT false,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    last_login timestamp with time zone
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: api_keys id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_keys ALTER COLUMN id SET DEFAULT nextval('public.api_keys_id_seq'::regclass);


--
-- Name: execution_logs id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.execution_logs ALTER COLUMN id SET DEFAULT nextval('public.execution_logs_id_seq'::regclass);


--
-- Name: function_environment_variables id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.function_environment_variables ALTER COLUMN id SET DEFAULT nextval('public.function_environment_variables_id_seq'::regclass);


--
-- Name: global_network_policies id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.global_network_policies ALTER COLUMN id SET DEFAULT nextval('public.global_network_policies_id_seq'::regclass);


--
-- Name: global_settings id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.global_settings ALTER COLUMN id SET DEFAULT nextval('public.global_settings_id_seq'::regclass);


--
-- Name: project_memberships id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_memberships ALTER COLUMN id SET DEFAULT nextval('public.project_memberships_id_seq'::regclass);


--
-- Name: project_network_policies id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_network_policies ALTER COLUMN id SET DEFAULT nextval('public.project_network_policies_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: SequelizeMeta SequelizeMeta_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."SequelizeMeta"
    ADD CONSTRAINT "SequelizeMeta_pkey" PRIMARY KEY (name);


--
-- Name: api_gateway_auth_methods api_gateway_auth_methods_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_auth_methods
    ADD CONSTRAINT api_gateway_auth_methods_pkey PRIMARY KEY (id);


--
-- Name: api_gateway_configs api_gateway_configs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_configs
    ADD CONSTRAINT api_gateway_configs_pkey PRIMARY KEY (id);


--
-- Name: api_gateway_route_auth_methods api_gateway_route_auth_methods_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_route_auth_methods
    ADD CONSTRAINT api_gateway_route_auth_methods_pkey PRIMARY KEY (route_id, auth_method_id);


--
-- Name: api_gateway_route_settings api_gateway_route_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_route_settings
    ADD CONSTRAINT api_gateway_route_settings_pkey PRIMARY KEY (id);


--
-- Name: api_gateway_routes api_gateway_routes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_routes
    ADD CONSTRAINT api_gateway_routes_pkey PRIMARY KEY (id);


--
-- Name: api_keys api_keys_key_hash_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash);


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);


--
-- Name: execution_logs execution_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.execution_logs
    ADD CONSTRAINT execution_logs_pkey PRIMARY KEY (id);


--
-- Name: function_environment_variables function_environment_variables_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.function_environment_variables
    ADD CONSTRAINT function_environment_variables_pkey PRIMARY KEY (id);


--
-- Name: function_versions function_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.function_versions
    ADD CONSTRAINT function_versions_pkey PRIMARY KEY (id);


--
-- Name: functions functions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.functions
    ADD CONSTRAINT functions_pkey PRIMARY KEY (id);


--
-- Name: global_network_policies global_network_policies_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.global_network_policies
    ADD CONSTRAINT global_network_policies_pkey PRIMARY KEY (id);


--
-- Name: global_settings global_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.global_settings
    ADD CONSTRAINT global_settings_pkey PRIMARY KEY (id);


--
-- Name: global_settings global_settings_setting_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.global_settings
    ADD CONSTRAINT global_settings_setting_key_key UNIQUE (setting_key);


--
-- Name: project_memberships project_memberships_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_memberships
    ADD CONSTRAINT project_memberships_pkey PRIMARY KEY (id);


--
-- Name: project_network_policies project_network_policies_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_network_policies
    ADD CONSTRAINT project_network_policies_pkey PRIMARY KEY (id);


--
-- Name: projects projects_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);


--
-- Name: function_environment_variables uq_env_var; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.function_environment_variables
    ADD CONSTRAINT uq_env_var UNIQUE (function_id, variable_name);


--
-- Name: function_versions uq_function_version; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.function_versions
    ADD CONSTRAINT uq_function_version UNIQUE (function_id, version);


--
-- Name: api_gateway_auth_methods uq_gateway_auth_method_name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_auth_methods
    ADD CONSTRAINT uq_gateway_auth_method_name UNIQUE (gateway_config_id, name);


--
-- Name: api_gateway_configs uq_gateway_custom_domain; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_configs
    ADD CONSTRAINT uq_gateway_custom_domain UNIQUE (custom_domain);


--
-- Name: api_gateway_configs uq_gateway_project; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_configs
    ADD CONSTRAINT uq_gateway_project UNIQUE (project_id);


--
-- Name: api_gateway_routes uq_gateway_route_path; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_routes
    ADD CONSTRAINT uq_gateway_route_path UNIQUE (gateway_config_id, route_path);


--
-- Name: api_gateway_route_settings uq_gateway_route_settings_route_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_route_settings
    ADD CONSTRAINT uq_gateway_route_settings_route_id UNIQUE (route_id);


--
-- Name: project_memberships uq_membership_project_user; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_memberships
    ADD CONSTRAINT uq_membership_project_user UNIQUE (project_id, user_id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_key UNIQUE (username);


--
-- Name: api_gateway_auth_methods_gateway_config_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_gateway_auth_methods_gateway_config_id ON public.api_gateway_auth_methods USING btree (gateway_config_id);


--
-- Name: api_gateway_configs_custom_domain; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_gateway_configs_custom_domain ON public.api_gateway_configs USING btree (custom_domain);


--
-- Name: api_gateway_configs_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_gateway_configs_project_id ON public.api_gateway_configs USING btree (project_id);


--
-- Name: api_gateway_route_auth_methods_auth_method_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_gateway_route_auth_methods_auth_method_id ON public.api_gateway_route_auth_methods USING btree (auth_method_id);


--
-- Name: api_gateway_route_auth_methods_route_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_gateway_route_auth_methods_route_id ON public.api_gateway_route_auth_methods USING btree (route_id);


--
-- Name: api_gateway_route_settings_route_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_gateway_route_settings_route_id ON public.api_gateway_route_settings USING btree (route_id);


--
-- Name: api_gateway_routes_function_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_gateway_routes_function_id ON public.api_gateway_routes USING btree (function_id);


--
-- Name: api_gateway_routes_gateway_config_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_gateway_routes_gateway_config_id ON public.api_gateway_routes USING btree (gateway_config_id);


--
-- Name: api_gateway_routes_gateway_config_id_sort_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_gateway_routes_gateway_config_id_sort_order ON public.api_gateway_routes USING btree (gateway_config_id, sort_order);


--
-- Name: api_keys_is_active; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_keys_is_active ON public.api_keys USING btree (is_active);


--
-- Name: api_keys_key_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX api_keys_key_hash ON public.api_keys USING btree (key_hash);


--
-- Name: execution_logs_executed_at; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX execution_logs_executed_at ON public.execution_logs USING btree (executed_at);


--
-- Name: execution_logs_execution_time_ms; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX execution_logs_execution_time_ms ON public.execution_logs USING btree (execution_time_ms);


--
-- Name: execution_logs_function_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX execution_logs_function_id ON public.execution_logs USING btree (function_id);


--
-- Name: execution_logs_status_code; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX execution_logs_status_code ON public.execution_logs USING btree (status_code);


--
-- Name: function_environment_variables_function_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX function_environment_variables_function_id ON public.function_environment_variables USING btree (function_id);


--
-- Name: function_environment_variables_function_id_variable_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX function_environment_variables_function_id_variable_name ON public.function_environment_variables USING btree (function_id, variable_name);


--
-- Name: function_versions_function_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX function_versions_function_id ON public.function_versions USING btree (function_id);


--
-- Name: function_versions_function_id_version; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX function_versions_function_id_version ON public.function_versions USING btree (function_id, version);


--
-- Name: functions_active_version_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX functions_active_version_id ON public.functions USING btree (active_version_id);


--
-- Name: functions_is_active; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX functions_is_active ON public.functions USING btree (is_active);


--
-- Name: functions_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX functions_name ON public.functions USING btree (name);


--
-- Name: functions_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX functions_project_id ON public.functions USING btree (project_id);


--
-- Name: idx_functions_schedule; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_functions_schedule ON public.functions USING btree (schedule_enabled, next_execution) WHERE (schedule_enabled = true);


--
-- Name: idx_gateway_route_auth_methods_sort_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_gateway_route_auth_methods_sort_order ON public.api_gateway_route_auth_methods USING btree (route_id, sort_order);


--
-- Name: idx_global_network_policies_priority; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_global_network_policies_priority ON public.global_network_policies USING btree (priority);


--
-- Name: idx_project_network_policies_priority; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_project_network_policies_priority ON public.project_network_policies USING btree (project_id, priority);


--
-- Name: idx_project_network_policies_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_project_network_policies_project_id ON public.project_network_policies USING btree (project_id);


--
-- Name: idx_projects_slug; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_projects_slug ON public.projects USING btree (slug);


--
-- Name: project_memberships_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX project_memberships_project_id ON public.project_memberships USING btree (project_id);


--
-- Name: project_memberships_role; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX project_memberships_role ON public.project_memberships USING btree (role);


--
-- Name: project_memberships_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX project_memberships_user_id ON public.project_memberships USING btree (user_id);


--
-- Name: projects_is_active; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX projects_is_active ON public.projects USING btree (is_active);


--
-- Name: projects_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX projects_name ON public.projects USING btree (name);


--
-- Name: function_environment_variables trig_notify_exec_env_vars; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trig_notify_exec_env_vars AFTER INSERT OR DELETE OR UPDATE ON public.function_environment_variables FOR EACH ROW EXECUTE FUNCTION public.notify_execution_cache_change();


--
-- Name: global_network_policies trig_notify_exec_global_policies; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trig_notify_exec_global_policies AFTER INSERT OR DELETE OR UPDATE ON public.global_network_policies FOR EACH ROW EXECUTE FUNCTION public.notify_execution_cache_change();


--
-- Name: project_network_policies trig_notify_exec_project_policies; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trig_notify_exec_project_policies AFTER INSERT OR DELETE OR UPDATE ON public.project_network_policies FOR EACH ROW EXECUTE FUNCTION public.notify_execution_cache_change();


--
-- Name: api_gateway_auth_methods trig_notify_gateway_auth_methods; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trig_notify_gateway_auth_methods AFTER INSERT OR DELETE OR UPDATE ON public.api_gateway_auth_methods FOR EACH ROW EXECUTE FUNCTION public.notify_gateway_change();


--
-- Name: api_gateway_configs trig_notify_gateway_configs; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trig_notify_gateway_configs AFTER INSERT OR DELETE OR UPDATE ON public.api_gateway_configs FOR EACH ROW EXECUTE FUNCTION public.notify_gateway_change();


--
-- Name: global_settings trig_notify_gateway_domain; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trig_notify_gateway_domain AFTER INSERT OR DELETE OR UPDATE ON public.global_settings FOR EACH ROW EXECUTE FUNCTION public.notify_gateway_domain_change();


--
-- Name: api_gateway_route_auth_methods trig_notify_gateway_route_auth_methods; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trig_notify_gateway_route_auth_methods AFTER INSERT OR DELETE OR UPDATE ON public.api_gateway_route_auth_methods FOR EACH ROW EXECUTE FUNCTION public.notify_gateway_change();


--
-- Name: api_gateway_route_settings trig_notify_gateway_route_settings; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trig_notify_gateway_route_settings AFTER INSERT OR DELETE OR UPDATE ON public.api_gateway_route_settings FOR EACH ROW EXECUTE FUNCTION public.notify_gateway_change();


--
-- Name: api_gateway_routes trig_notify_gateway_routes; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trig_notify_gateway_routes AFTER INSERT OR DELETE OR UPDATE ON public.api_gateway_routes FOR EACH ROW EXECUTE FUNCTION public.notify_gateway_change();


--
-- Name: projects trigger_set_project_slug; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER trigger_set_project_slug BEFORE INSERT ON public.projects FOR EACH ROW EXECUTE FUNCTION public.set_project_slug();


--
-- Name: api_gateway_auth_methods update_api_gateway_auth_methods_updated_at; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_api_gateway_auth_methods_updated_at BEFORE UPDATE ON public.api_gateway_auth_methods FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();


--
-- Name: api_gateway_configs update_api_gateway_configs_updated_at; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_api_gateway_configs_updated_at BEFORE UPDATE ON public.api_gateway_configs FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();


--
-- Name: api_gateway_route_settings update_api_gateway_route_settings_updated_at; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_api_gateway_route_settings_updated_at BEFORE UPDATE ON public.api_gateway_route_settings FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();


--
-- Name: api_gateway_routes update_api_gateway_routes_updated_at; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_api_gateway_routes_updated_at BEFORE UPDATE ON public.api_gateway_routes FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();


--
-- Name: function_environment_variables update_function_env_vars_updated_at; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_function_env_vars_updated_at BEFORE UPDATE ON public.function_environment_variables FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();


--
-- Name: functions update_functions_updated_at; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_functions_updated_at BEFORE UPDATE ON public.functions FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();


--
-- Name: projects update_projects_updated_at; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_projects_updated_at BEFORE UPDATE ON public.projects FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();


--
-- Name: users update_users_updated_at; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_users_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();


--
-- Name: api_gateway_auth_methods api_gateway_auth_methods_gateway_config_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_auth_methods
    ADD CONSTRAINT api_gateway_auth_methods_gateway_config_id_fkey FOREIGN KEY (gateway_config_id) REFERENCES public.api_gateway_configs(id) ON DELETE CASCADE;


--
-- Name: api_gateway_configs api_gateway_configs_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_configs
    ADD CONSTRAINT api_gateway_configs_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: api_gateway_route_auth_methods api_gateway_route_auth_methods_auth_method_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_route_auth_methods
    ADD CONSTRAINT api_gateway_route_auth_methods_auth_method_id_fkey FOREIGN KEY (auth_method_id) REFERENCES public.api_gateway_auth_methods(id) ON DELETE CASCADE;


--
-- Name: api_gateway_route_auth_methods api_gateway_route_auth_methods_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_route_auth_methods
    ADD CONSTRAINT api_gateway_route_auth_methods_route_id_fkey FOREIGN KEY (route_id) REFERENCES public.api_gateway_routes(id) ON DELETE CASCADE;


--
-- Name: api_gateway_route_settings api_gateway_route_settings_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_route_settings
    ADD CONSTRAINT api_gateway_route_settings_route_id_fkey FOREIGN KEY (route_id) REFERENCES public.api_gateway_routes(id) ON DELETE CASCADE;


--
-- Name: api_gateway_routes api_gateway_routes_function_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_routes
    ADD CONSTRAINT api_gateway_routes_function_id_fkey FOREIGN KEY (function_id) REFERENCES public.functions(id) ON DELETE SET NULL;


--
-- Name: api_gateway_routes api_gateway_routes_gateway_config_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_gateway_routes
    ADD CONSTRAINT api_gateway_routes_gateway_config_id_fkey FOREIGN KEY (gateway_config_id) REFERENCES public.api_gateway_configs(id) ON DELETE CASCADE;


--
-- Name: api_keys api_keys_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);


--
-- Name: execution_logs execution_logs_function_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.execution_logs
    ADD CONSTRAINT execution_logs_function_id_fkey FOREIGN KEY (function_id) REFERENCES public.functions(id) ON DELETE CASCADE;


--
-- Name: functions fk_functions_active_version; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.functions
    ADD CONSTRAINT fk_functions_active_version FOREIGN KEY (active_version_id) REFERENCES public.function_versions(id);


--
-- Name: function_environment_variables function_environment_variables_function_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.function_environment_variables
    ADD CONSTRAINT function_environment_variables_function_id_fkey FOREIGN KEY (function_id) REFERENCES public.functions(id) ON DELETE CASCADE;


--
-- Name: function_versions function_versions_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.function_versions
    ADD CONSTRAINT function_versions_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);


--
-- Name: function_versions function_versions_function_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.function_versions
    ADD CONSTRAINT function_versions_function_id_fkey FOREIGN KEY (function_id) REFERENCES public.functions(id) ON DELETE CASCADE;


--
-- Name: functions functions_deployed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.functions
    ADD CONSTRAINT functions_deployed_by_fkey FOREIGN KEY (deployed_by) REFERENCES public.users(id);


--
-- Name: functions functions_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.functions
    ADD CONSTRAINT functions_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: project_memberships project_memberships_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_memberships
    ADD CONSTRAINT project_memberships_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);


--
-- Name: project_memberships project_memberships_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_memberships
    ADD CONSTRAINT project_memberships_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: project_memberships project_memberships_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_memberships
    ADD CONSTRAINT project_memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: project_network_policies project_network_policies_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_network_policies
    ADD CONSTRAINT project_network_policies_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: projects projects_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);


--
-- PostgreSQL database dump complete
--



--
-- Invoke additions (docs/adr/0003-schema-compatibility-with-the-original-database.md).
-- Everything above is the original schema unchanged, except for the last four columns of public.functions
-- (custom_timeout_*, custom_memory_*), which the original's later releases add (docs/adr/0023), and the last two of
-- public.api_gateway_routes (rate_limit_*), Invoke's per-route rate limits (docs/adr/0028).
--

--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: public; Owner: -
-- EF Core's migration history, kept beside "SequelizeMeta" (its columns follow the snake_case convention).
--

CREATE TABLE public."__EFMigrationsHistory" (
    migration_id character varying(150) NOT NULL,
    product_version character varying(32) NOT NULL
);

ALTER TABLE ONLY public."__EFMigrationsHistory"
    ADD CONSTRAINT pk___ef_migrations_history PRIMARY KEY (migration_id);

--
-- Name: function_packages; Type: TABLE; Schema: public; Owner: -
-- Package bytes of each version (docs/adr/0004-function-packages-stored-in-postgresql.md).
--

CREATE TABLE public.function_packages (
    function_version_id uuid NOT NULL,
    content bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now()
);

ALTER TABLE ONLY public.function_packages
    ADD CONSTRAINT function_packages_pkey PRIMARY KEY (function_version_id);

ALTER TABLE ONLY public.function_packages
    ADD CONSTRAINT function_packages_function_version_id_fkey FOREIGN KEY (function_version_id) REFERENCES public.function_versions(id) ON DELETE CASCADE;

--
-- Name: project_kv_store; Type: TABLE; Schema: public; Owner: -
-- The project key-value store, in the shape the original execution service's Keyv store creates lazily (key, value),
-- Invoke addition: the key widened from 255 to 549 characters (a 37-character namespace and keys of up to 512 UTF-8
-- bytes), and the owning project, the expiry and the entry's size as columns (docs/adr/0030-key-value-store.md).
--

CREATE TABLE public.project_kv_store (
    key character varying(549) NOT NULL,
    value text,
    expires_at timestamp with time zone,
    project_id uuid,
    size_bytes bigint DEFAULT 0 NOT NULL
);

ALTER TABLE ONLY public.project_kv_store
    ADD CONSTRAINT project_kv_store_pkey PRIMARY KEY (key);

ALTER TABLE ONLY public.project_kv_store
    ADD CONSTRAINT project_kv_store_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;

CREATE INDEX idx_project_kv_store_project_key ON public.project_kv_store USING btree (project_id, key);

CREATE INDEX idx_project_kv_store_expires_at ON public.project_kv_store USING btree (expires_at) WHERE (expires_at IS NOT NULL);

--
-- Name: project_kv_usage; Type: TABLE; Schema: public; Owner: -
-- Invoke addition: the per-project byte counter of the key-value store, kept in the transaction of every write
-- (docs/adr/0030-key-value-store.md).
--

CREATE TABLE public.project_kv_usage (
    project_id uuid NOT NULL,
    used_bytes bigint DEFAULT 0 NOT NULL
);

ALTER TABLE ONLY public.project_kv_usage
    ADD CONSTRAINT project_kv_usage_pkey PRIMARY KEY (project_id);

ALTER TABLE ONLY public.project_kv_usage
    ADD CONSTRAINT project_kv_usage_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;

--
-- Name: notify_invoke_cache_change(); Type: FUNCTION; Schema: public; Owner: -
-- NOTIFY on invoke_cache_invalidated with the trigger's id columns (docs/adr/0013-query-cache-invalidated-by-notify.md).
--

ALTER FUNCTION public.notify_invoke_cache_change() OWNER TO postgres;

--
-- Name: notify_invoke_cache_truncate(); Type: FUNCTION; Schema: public; Owner: -
-- NOTIFY on invoke_cache_invalidated naming the whole truncated table.
--

ALTER FUNCTION public.notify_invoke_cache_truncate() OWNER TO postgres;

--
-- Name: users trig_notify_cache_users; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_users AFTER INSERT OR DELETE OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.notify_invoke_cache_change('id');

--
-- Name: api_keys trig_notify_cache_api_keys; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_api_keys AFTER INSERT OR DELETE OR UPDATE ON public.api_keys FOR EACH ROW EXECUTE FUNCTION public.notify_invoke_cache_change('id');

--
-- Name: projects trig_notify_cache_projects; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_projects AFTER INSERT OR DELETE OR UPDATE ON public.projects FOR EACH ROW EXECUTE FUNCTION public.notify_invoke_cache_change('id');

--
-- Name: project_memberships trig_notify_cache_project_memberships; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_project_memberships AFTER INSERT OR DELETE OR UPDATE ON public.project_memberships FOR EACH ROW EXECUTE FUNCTION public.notify_invoke_cache_change('user_id', 'project_id');

--
-- Name: functions trig_notify_cache_functions; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_functions AFTER INSERT OR DELETE OR UPDATE ON public.functions FOR EACH ROW EXECUTE FUNCTION public.notify_invoke_cache_change('id', 'project_id');

--
-- Name: function_versions trig_notify_cache_function_versions; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_function_versions AFTER INSERT OR DELETE OR UPDATE ON public.function_versions FOR EACH ROW EXECUTE FUNCTION public.notify_invoke_cache_change('function_id');

--
-- Name: global_settings trig_notify_cache_global_settings; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_global_settings AFTER INSERT OR DELETE OR UPDATE ON public.global_settings FOR EACH ROW EXECUTE FUNCTION public.notify_invoke_cache_change('setting_key');

--
-- Name: users trig_notify_cache_truncate_users; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_users AFTER TRUNCATE ON public.users FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: api_keys trig_notify_cache_truncate_api_keys; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_api_keys AFTER TRUNCATE ON public.api_keys FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: projects trig_notify_cache_truncate_projects; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_projects AFTER TRUNCATE ON public.projects FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: project_memberships trig_notify_cache_truncate_project_memberships; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_project_memberships AFTER TRUNCATE ON public.project_memberships FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: functions trig_notify_cache_truncate_functions; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_functions AFTER TRUNCATE ON public.functions FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: function_versions trig_notify_cache_truncate_function_versions; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_function_versions AFTER TRUNCATE ON public.function_versions FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: global_settings trig_notify_cache_truncate_global_settings; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_global_settings AFTER TRUNCATE ON public.global_settings FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: function_environment_variables trig_notify_cache_truncate_function_environment_variables; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_function_environment_variables AFTER TRUNCATE ON public.function_environment_variables FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: project_network_policies trig_notify_cache_truncate_project_network_policies; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_project_network_policies AFTER TRUNCATE ON public.project_network_policies FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: global_network_policies trig_notify_cache_truncate_global_network_policies; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_global_network_policies AFTER TRUNCATE ON public.global_network_policies FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: api_gateway_configs trig_notify_cache_truncate_api_gateway_configs; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_api_gateway_configs AFTER TRUNCATE ON public.api_gateway_configs FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: api_gateway_routes trig_notify_cache_truncate_api_gateway_routes; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_api_gateway_routes AFTER TRUNCATE ON public.api_gateway_routes FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: api_gateway_route_settings trig_notify_cache_truncate_api_gateway_route_settings; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_api_gateway_route_settings AFTER TRUNCATE ON public.api_gateway_route_settings FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: api_gateway_auth_methods trig_notify_cache_truncate_api_gateway_auth_methods; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_api_gateway_auth_methods AFTER TRUNCATE ON public.api_gateway_auth_methods FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: api_gateway_route_auth_methods trig_notify_cache_truncate_api_gateway_route_auth_methods; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER trig_notify_cache_truncate_api_gateway_route_auth_methods AFTER TRUNCATE ON public.api_gateway_route_auth_methods FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Name: execution_logs_executed_at_covering; Type: INDEX; Schema: public; Owner: -
-- Dashboard stats of all projects and recent activity read the last hours from this index alone (docs/adr/0020).
--

CREATE INDEX execution_logs_executed_at_covering ON public.execution_logs USING btree (executed_at) INCLUDE (function_id, status_code, execution_time_ms);

--
-- Name: execution_logs_function_id_executed_at; Type: INDEX; Schema: public; Owner: -
-- Per-project stats, a function's log list and retention cleanup read one range per function (docs/adr/0020).
--

CREATE INDEX execution_logs_function_id_executed_at ON public.execution_logs USING btree (function_id, executed_at, id) INCLUDE (status_code, execution_time_ms);

--
-- Name: login_attempts; Type: TABLE; Schema: public; Owner: -
-- Failed-login counters shared by every API instance (docs/adr/0011-login-lockout-in-postgresql.md).
--

CREATE TABLE public.login_attempts (
    key character varying(300) NOT NULL,
    failure_count integer NOT NULL,
    last_failure_at timestamp with time zone NOT NULL,
    locked_until timestamp with time zone
);

ALTER TABLE ONLY public.login_attempts
    ADD CONSTRAINT login_attempts_pkey PRIMARY KEY (key);

CREATE INDEX idx_login_attempts_last_failure_at ON public.login_attempts USING btree (last_failure_at);

--
-- Name: refresh_tokens; Type: TABLE; Schema: public; Owner: -
-- Refresh tokens of the sessions that signing in starts, hashed, rotated on every use (docs/adr/0026).
--

CREATE TABLE public.refresh_tokens (
    id uuid NOT NULL,
    user_id integer NOT NULL,
    family_id uuid NOT NULL,
    token_hash character varying(64) NOT NULL,
    session_started_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    client_ip inet,
    user_agent character varying(512)
);

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

CREATE INDEX idx_refresh_tokens_expires_at ON public.refresh_tokens USING btree (expires_at);

CREATE INDEX idx_refresh_tokens_family_id ON public.refresh_tokens USING btree (family_id);

CREATE INDEX idx_refresh_tokens_user_id ON public.refresh_tokens USING btree (user_id);

--
-- Name: uq_functions_project_name; Type: INDEX; Schema: public; Owner: -
-- Function names are unique within a project (docs/adr/0015-function-names-unique-per-project.md).
--

CREATE UNIQUE INDEX uq_functions_project_name ON public.functions USING btree (project_id, name);

--
-- Name: project_environment_variables; Type: TABLE; Schema: public; Owner: -
-- Variables every function of a project runs with, in the shape of the original's later releases (docs/adr/0023).
--

CREATE TABLE public.project_environment_variables (
    id integer NOT NULL,
    project_id uuid NOT NULL,
    variable_name character varying(255) NOT NULL,
    variable_value text NOT NULL,
    description text,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now()
);

CREATE SEQUENCE public.project_environment_variables_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.project_environment_variables_id_seq OWNED BY public.project_environment_variables.id;

ALTER TABLE ONLY public.project_environment_variables ALTER COLUMN id SET DEFAULT nextval('public.project_environment_variables_id_seq'::regclass);

ALTER TABLE ONLY public.project_environment_variables
    ADD CONSTRAINT project_environment_variables_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.project_environment_variables
    ADD CONSTRAINT uq_project_env_var UNIQUE (project_id, variable_name);

CREATE INDEX project_environment_variables_project_id ON public.project_environment_variables USING btree (project_id);

ALTER TABLE ONLY public.project_environment_variables
    ADD CONSTRAINT project_environment_variables_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;

CREATE TRIGGER update_project_env_vars_updated_at BEFORE UPDATE ON public.project_environment_variables FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

-- Changes notify execution_cache_invalidated with the row's project_id, as in the original's later releases.
CREATE TRIGGER trig_notify_exec_project_env_vars AFTER INSERT OR DELETE OR UPDATE ON public.project_environment_variables FOR EACH ROW EXECUTE FUNCTION public.notify_execution_cache_change();

CREATE TRIGGER trig_notify_cache_truncate_project_environment_variables AFTER TRUNCATE ON public.project_environment_variables FOR EACH STATEMENT EXECUTE FUNCTION public.notify_invoke_cache_truncate();

--
-- Invoke addition (docs/adr/0031): the scheduler's wake-up on invoke_schedule_changed when a schedule, next run or
-- active state changes other than by a scheduler claim.
--

ALTER FUNCTION public.notify_invoke_schedule_change() OWNER TO postgres;

CREATE TRIGGER trig_notify_schedule_functions AFTER INSERT OR UPDATE ON public.functions FOR EACH ROW EXECUTE FUNCTION public.notify_invoke_schedule_change();

--
-- Invoke addition (docs/adr/0036): the execution-log writer's batch insert from one JSON array.
--

ALTER FUNCTION public.append_execution_logs(logs text) OWNER TO postgres;
