-- A draft aborted mid-message leaves nothing behind: the next message on
-- the connection starts clean (no leftover recipients or body).
local conn = mt.connect(os.getenv("SOCKET"), 40, 0.25)
assert(conn, "cannot connect to the milter")

assert(mt.mailfrom(conn, "<koho-tanto1@city.chiyoda.lg.jp>") == nil)
assert(mt.rcptto(conn, "<sns-approval+x@city.chiyoda.lg.jp>") == nil)
assert(mt.data(conn) == nil)
assert(mt.header(conn, "Subject", "half") == nil)
assert(mt.eoh(conn) == nil)
assert(mt.bodystring(conn, "途中まで\r\n") == nil)
assert(mt.abort(conn) == nil)

-- After the abort, an ordinary message is not held back by the old draft.
assert(mt.mailfrom(conn, "<koho-tanto1@city.chiyoda.lg.jp>") == nil)
assert(mt.getreply(conn) == SMFIR_CONTINUE)
assert(mt.rcptto(conn, "<koho-post@city.chiyoda.lg.jp>") == nil)
assert(mt.getreply(conn) == SMFIR_CONTINUE,
       "a recipient from the aborted draft must not linger")
assert(mt.data(conn) == nil)
assert(mt.getreply(conn) == SMFIR_ACCEPT)
mt.disconnect(conn)
