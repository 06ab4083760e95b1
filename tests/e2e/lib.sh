#!/bin/bash
# Shared by the end-to-end tests (sourced, not run): skips without root,
# Postfix or swaks; sets up a private Postfix on a random loopback port with
# snsgate-milter attached, using the shipped rules and a fresh store and
# secret under a temporary base directory; and offers the helpers the tests
# read results with.  The caller sets top, build and data first.
milter_bin=$build/src/milter/snsgate-milter
cli_bin=$build/src/cli/snsgate
instance=$top/tests/e2e/postfix-instance

if [ "$(id -u)" -ne 0 ] || ! command -v postfix >/dev/null ||
    ! command -v swaks >/dev/null; then
	echo "e2e: needs root, postfix and swaks; skipped"
	exit 77
fi

base=$(mktemp -d /tmp/snsgate-e2e.XXXXXX)
chmod 755 "$base"
port=$((20000 + RANDOM % 20000))
domain=city.chiyoda.lg.jp
approval=sns-approval@$domain
passes=0
fails=0

ok() { passes=$((passes + 1)); echo "ok: $*"; }
fail() { fails=$((fails + 1)); echo "FAIL: $*"; }

cleanup() {
	stop_milter
	"$instance" stop "$base" >/dev/null 2>&1
	# A test may have mounted a small filesystem under the base.
	grep -q " $base/" /proc/mounts &&
	    grep " $base/" /proc/mounts | cut -d' ' -f2 | xargs -r umount
	if [ "$fails" -ne 0 ]; then
		echo "--- maillog"; tail -n 40 "$base/maillog" 2>/dev/null
		echo "--- milter log"; tail -n 40 "$base/milter.log" 2>/dev/null
	fi
	rm -rf "$base"
}
trap cleanup EXIT

# --- configuration: the shipped rules, a store and a secret of our own ---
"$top/tests/e2e/make-test-conf" "$top" "$base"
# sendmail for snsgate expire: the private instance's, not the system's.
cat >"$base/conf/sendmail" <<SENDMAIL
#!/bin/sh
exec /usr/sbin/sendmail -C "$base/etc" "\$@"
SENDMAIL
chmod 755 "$base/conf/sendmail"
sed -i "s|^sendmail = .*|sendmail = $base/conf/sendmail|" "$base/conf/snsgate.conf"
${SG_E2E_CONF_HOOK:-:}

# stop_milter: SIGTERM, then wait until the process has really gone (libmilter
# may take seconds), so a restart never races the old instance.
stop_milter() {
	pid=$(cat "$base/run/milter.pid" 2>/dev/null) || return 0
	kill "$pid" 2>/dev/null
	for _ in $(seq 100); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.1
	done
	kill -9 "$pid" 2>/dev/null
}

start_milter() {
	# libmilter leaves its socket behind: waiting for a stale one would
	# return before the new milter has loaded its rules.
	rm -f "$base/run/milter.sock"
	"$milter_bin" -c "$base/conf/snsgate.conf" -P "$base/run/milter.pid" \
	    -f >>"$base/milter.log" 2>&1 &
	local pid=$!
	# Loading and JIT-compiling the rules takes seconds under a sanitizer
	# on a busy machine; give up only if the milter has gone.
	for _ in $(seq 1200); do
		[ -S "$base/run/milter.sock" ] && return 0
		kill -0 "$pid" 2>/dev/null || return 1
		sleep 0.1
	done
	return 1
}

# reply_address FILE: the Reply-To address of an approval request
reply_address() {
	python3 - "$1" <<'PY'
import email, sys
m = email.message_from_binary_file(open(sys.argv[1], 'rb'))
print(email.utils.parseaddr(m['Reply-To'])[1])
PY
}
# wait_log PATTERN [SECONDS]: until the milter's log has a matching line
wait_log() {
	for _ in $(seq $((${2:-30} * 10))); do
		grep -q "$1" "$base/milter.log" && return 0
		sleep 0.1
	done
	return 1
}
count_mail() { find "$base/mail/$1/new" -type f 2>/dev/null | wc -l; }

if "$milter_bin" -t -c "$base/conf/snsgate.conf" >/dev/null 2>&1; then
	ok "snsgate-milter -t accepts the test configuration"
else
	fail "snsgate-milter -t"
	"$milter_bin" -t -c "$base/conf/snsgate.conf"
fi
start_milter || { fail "milter did not start"; exit 1; }
"$instance" start "$base" "$port" "unix:$base/run/milter.sock" ||
    { fail "postfix did not start"; exit 1; }

# send FROM TO FILE: prints swaks' transcript to $base/swaks.out
send() {
	swaks --server "127.0.0.1:$port" --from "$1" --to "$2" \
	    --data "$3" --suppress-data >"$base/swaks.out" 2>&1
}
# wait_mail USER N [SECONDS]: until USER's Maildir holds N messages
wait_mail() {
	for _ in $(seq $((${3:-10} * 10))); do
		n=$(find "$base/mail/$1/new" -type f 2>/dev/null | wc -l)
		[ "$n" -ge "$2" ] && return 0
		sleep 0.1
	done
	return 1
}
newest() { ls -t "$base/mail/$1/new/"* 2>/dev/null | head -n 1; }
decoded_subject() {
	python3 - "$1" <<'PY'
import email, email.header, sys
m = email.message_from_binary_file(open(sys.argv[1], 'rb'))
print(str(email.header.make_header(email.header.decode_header(m['Subject'] or ''))))
PY
}
mail_text() {
	# every text part of a message, decoded, for grepping
	python3 - "$1" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
for part in m.walk():
    if part.get_content_maintype() == 'text':
        print(part.get_content())
PY
}

