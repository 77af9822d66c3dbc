-- The practice (one row, fixed id), the people who sign in, and the clients they see.
-- Written for both H2 and PostgreSQL.

create table practice (
  id          integer      not null primary key check (id = 1),
  name        varchar(200) not null,
  created_at  timestamp with time zone not null,
  version     bigint       not null
);

create table user_account (
  id             uuid         not null primary key,
  username       varchar(40)  not null,
  display_name   varchar(200) not null,
  password_hash  varchar(512) not null,
  role           varchar(20)  not null check (role in ('OWNER', 'CLINICIAN', 'FRONT_DESK')),
  active         boolean      not null,
  created_at     timestamp with time zone not null,
  version        bigint       not null,
  constraint user_account_username_unique unique (username)
);

create table client (
  id             uuid         not null primary key,
  full_name      varchar(200) not null,
  -- the name folded to lower case, kept by the application: sorting and searching without
  -- function indexes, which H2 lacks
  sort_name      varchar(200) not null,
  date_of_birth  date         not null,
  registered_at  timestamp with time zone not null,
  version        bigint       not null
);

create index client_sort_name_idx on client (sort_name, id);
