META
key;value
budget;Ã(
