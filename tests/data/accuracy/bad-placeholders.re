# a broken placeholder pattern
〇〇
[unclosed
