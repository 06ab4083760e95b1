-- Two messages on one connection: ordinary mail steps aside at DATA, then a
-- draft on the same connection is checked and rewritten to the officer.
-- Run by tests/miltertest.test with SOCKET in the environment.
local conn = mt.connect(os.getenv("SOCKET"), 40, 0.25)
assert(conn, "cannot connect to the milter")

-- 1: ordinary mail
mt.macro(conn, SMFIC_MAIL, "i", "MSG1")
assert(mt.mailfrom(conn, "<koho-tanto1@city.chiyoda.lg.jp>") == nil)
assert(mt.getreply(conn) == SMFIR_CONTINUE, "mailfrom")
assert(mt.rcptto(conn, "<koho-post@city.chiyoda.lg.jp>") == nil)
assert(mt.getreply(conn) == SMFIR_CONTINUE, "rcpt")
assert(mt.data(conn) == nil)
assert(mt.getreply(conn) == SMFIR_ACCEPT, "ordinary mail must step aside at DATA")

-- 2: a clean draft on the same connection
mt.macro(conn, SMFIC_MAIL, "i", "MSG2")
assert(mt.mailfrom(conn, "<koho-tanto1@city.chiyoda.lg.jp>") == nil)
assert(mt.rcptto(conn, "<sns-approval+x@city.chiyoda.lg.jp>") == nil)
assert(mt.getreply(conn) == SMFIR_CONTINUE, "draft rcpt")
assert(mt.data(conn) == nil)
assert(mt.getreply(conn) == SMFIR_CONTINUE, "draft data")
assert(mt.header(conn, "From", "koho-tanto1@city.chiyoda.lg.jp") == nil)
assert(mt.header(conn, "To", "sns-approval+x@city.chiyoda.lg.jp") == nil)
assert(mt.header(conn, "Subject", "=?UTF-8?B?44GK55+l44KJ44Gb?=") == nil)
assert(mt.header(conn, "Content-Type", "text/plain; charset=UTF-8") == nil)
assert(mt.eoh(conn) == nil)
assert(mt.bodystring(conn, "図書館の開館時間を延長します。\r\n") == nil)
assert(mt.eom(conn) == nil)
assert(mt.getreply(conn) == SMFIR_ACCEPT, "draft eom")
assert(mt.eom_check(conn, MT_RCPTDELETE, "<sns-approval+x@city.chiyoda.lg.jp>"),
       "approval recipient not removed")
assert(mt.eom_check(conn, MT_RCPTADD, "<koho-sekininsha@city.chiyoda.lg.jp>"),
       "officer not added")
assert(mt.eom_check(conn, MT_HDRADD, "Reply-To"), "no Reply-To")
assert(mt.eom_check(conn, MT_BODYCHANGE), "body not replaced")
mt.disconnect(conn)
