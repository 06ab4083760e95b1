# a broken regex on line 2
(unclosed
