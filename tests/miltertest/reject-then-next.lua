-- A second recipient beside the approval address is refused (550), and the
-- next MAIL on the same connection is processed normally.  The milter
-- negotiates no reply at RCPT (one round trip less for ordinary mail), so
-- the refusal comes at DATA, for the whole message.
local conn = mt.connect(os.getenv("SOCKET"), 40, 0.25)
assert(conn, "cannot connect to the milter")

assert(mt.mailfrom(conn, "<koho-tanto1@city.chiyoda.lg.jp>") == nil)
assert(mt.rcptto(conn, "<sns-approval+x@city.chiyoda.lg.jp>") == nil)
assert(mt.getreply(conn) == SMFIR_CONTINUE)
assert(mt.rcptto(conn, "<koho-post@city.chiyoda.lg.jp>") == nil)
assert(mt.getreply(conn) == SMFIR_CONTINUE, "no reply is due at RCPT")
assert(mt.data(conn) == nil)
assert(mt.getreply(conn) == SMFIR_REPLYCODE, "two recipients must be refused")

-- The client gives up on that message and starts another.
assert(mt.abort(conn) == nil)
assert(mt.mailfrom(conn, "<koho-tanto2@city.chiyoda.lg.jp>") == nil)
assert(mt.rcptto(conn, "<koho-post@city.chiyoda.lg.jp>") == nil)
assert(mt.getreply(conn) == SMFIR_CONTINUE)
assert(mt.data(conn) == nil)
assert(mt.getreply(conn) == SMFIR_ACCEPT)
mt.disconnect(conn)
