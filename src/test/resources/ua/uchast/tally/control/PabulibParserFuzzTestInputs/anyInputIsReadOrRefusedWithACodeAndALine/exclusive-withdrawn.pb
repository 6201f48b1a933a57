META
key;value
budget;100
vote_type;approval
rule;greedy-exclusive
comment;project w was withdrawn
PROJECTS
project_id;cost
a;60
w;999999999
VOTES
voter_id;vote
1;a,w,a
