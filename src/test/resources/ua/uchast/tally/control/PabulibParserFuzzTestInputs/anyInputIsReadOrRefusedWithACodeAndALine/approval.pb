META
key;value
num_projects;3
num_votes;3
budget;100
vote_type;approval
rule;greedy
PROJECTS
project_id;cost;votes;name;selected
a;50;2;"Park; ""Green""";1
b;40;1;Library;1
c;30;1;Road;0
VOTES
voter_id;vote
v1;a,b
v2;a
v3;c
