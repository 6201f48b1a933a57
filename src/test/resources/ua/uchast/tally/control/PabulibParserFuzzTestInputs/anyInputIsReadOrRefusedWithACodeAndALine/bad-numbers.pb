META
key;value
budget;999999999999999999.5
vote_type;scoring
PROJECTS
project_id;cost
a;1e6
