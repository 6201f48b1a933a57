META
key;value
budget;100
vote_type;approval
rule;greedy-custom
comment;#1: we fund projects until the next one does not fit; if at least 80% of it fits we fund it too
PROJECTS
project_id;cost
a;60
w;999999999
b;50
VOTES
voter_id;vote
1;a
2;w,b
