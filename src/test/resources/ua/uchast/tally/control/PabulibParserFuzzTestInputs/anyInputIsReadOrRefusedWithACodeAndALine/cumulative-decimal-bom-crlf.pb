META
key;value
budget;1331751.11
vote_type;cumulativerule;equalshares/add1

PROJECTS
project_id;cost
a;500000.00
b;0.5
VOTES
voter_id;vote;points
1;a,b,a;2,1,4
2;b;3
