# a broken pattern
{NAME}の住所
(unclosed
