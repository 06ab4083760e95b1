# Exponential backtracking on "aaaa…c": the match limit must stop it.
(a|a)+$
