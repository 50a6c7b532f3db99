-- One database per component, each with its own owner. Passwords are set by init-databases.sh from the environment.
CREATE ROLE keycloak LOGIN;
CREATE ROLE membership LOGIN;
CREATE ROLE claims LOGIN;
CREATE ROLE portal LOGIN;
CREATE DATABASE keycloak OWNER keycloak;
CREATE DATABASE membership OWNER membership;
CREATE DATABASE claims OWNER claims;
CREATE DATABASE portal OWNER portal;
