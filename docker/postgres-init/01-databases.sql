-- One database per service, as in the local stack.
CREATE DATABASE activity;
CREATE DATABASE motie;
CREATE DATABASE reporting;
