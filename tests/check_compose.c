/* Check suite for compose.c: the feedback that returns a draft to its
 * author, the approval request to the officers, the release, the rejection
 * and the notices.  Every test builds a draft from a fixture in
 * tests/data/compose/, composes, and then parses the result back with
 * GMime as a mail client would: headers (decoded subject, addresses, the
 * loop and auto-reply headers, nothing 8-bit), the MIME tree, the decoded
 * text and HTML parts, the attached draft byte for byte, ISO-2022-JP and
 * its UTF-8 fallback, the mailto: buttons, and header injection through
 * every string the composer is given.  Exact texts are compared with
 * .expected files; SG_UPDATE_EXPECTED=1 rewrites them (review the
 * difference before committing it).
 */
#include "config.h"

#include <check.h>
#include <snsgate/compose.h>
#include <snsgate/gmime-auto.h>
#include <snsgate/charset.h>
#include <string.h>

#include "testutil.h"

#define DOMAIN "city.chiyoda.lg.jp"
#define APPROVAL "sns-approval@" DOMAIN
#define AUTHOR "koho-tanto1@" DOMAIN
#define LOOP "v1.1779411600.abcdef0123456789"
#define TICKET "T7K2M9"
#define REPLY_TO "sns-approval+" TICKET ".q8Zx3vYp@" DOMAIN
#define MESSAGE_ID "<" TICKET ".q8Zx3vYp@" DOMAIN ">"
#define EXPIRES G_GINT64_CONSTANT(1779411600)	/* 2026-05-22 10:00 JST */
#define INJECT "\r\nBcc: victim@example.com"

/* --- fixtures ---------------------------------------------------------- */

typedef struct {
	GBytes *raw;
	SgDraft *draft;
	GPtrArray *findings;
	SgAccount account;
	SgComposeInput input;
} Fixture;

static void
fixture_load(Fixture *fx, const char *name)
{
	g_autofree char *rel = g_strdup_printf("compose/%s", name);
	g_autoptr(GError) error = NULL;
	gsize len = 0;
	const char *data;

	memset(fx, 0, sizeof *fx);
	fx->raw = sg_test_read_data(rel);
	data = g_bytes_get_data(fx->raw, &len);
	fx->draft = sg_draft_new_from_data(data, len, NULL, &error);
	ck_assert_msg(fx->draft != NULL, "%s: %s", name,
		      error ? error->message : "?");
	fx->findings =
		g_ptr_array_new_with_free_func((GDestroyNotify)sg_finding_free);
	fx->account.name = (char *)"x";
	fx->account.platform = (char *)"x";
	fx->account.display_name = (char *)"千代田区公式 X";
	fx->input.lang = SG_LANG_JA;
	fx->input.from = APPROVAL;
	fx->input.domain = DOMAIN;
	fx->input.loop_token = LOOP;
	fx->input.account = &fx->account;
	fx->input.author = AUTHOR;
	fx->input.draft = fx->draft;
	fx->input.original = fx->raw;
	fx->input.verdict = SG_VERDICT_BLOCK;
	fx->input.findings = fx->findings;
}

static void
fixture_clear(Fixture *fx)
{
	g_clear_pointer(&fx->findings, g_ptr_array_unref);
	g_clear_pointer(&fx->draft, sg_draft_free);
	g_clear_pointer(&fx->raw, g_bytes_unref);
}

static SgFinding *
add_finding(Fixture *fx, SgSeverity severity, const char *clause,
	    SgPieceKind kind, guint line, guint column, const char *excerpt,
	    const char *message_ja, const char *advice_ja)
{
	SgFinding *f = sg_finding_new();

	f->rule = g_strdup("test-rule");
	f->family = g_strdup("test");
	f->clause = g_strdup(clause);
	f->severity = severity;
	f->piece_kind = kind;
	f->line = line;
	f->column = column;
	f->excerpt = g_strdup(excerpt);
	f->message_ja = g_strdup(message_ja);
	f->message_en = g_strdup("Test finding.");
	f->advice_ja = g_strdup(advice_ja);
	f->advice_en = g_strdup("Rewrite it.");
	g_ptr_array_add(fx->findings, f);
	return f;
}

/* defamation.eml with a block finding on line 3 and a warning on line 4. */
static void
fixture_defamation(Fixture *fx)
{
	fixture_load(fx, "defamation.eml");
	add_finding(fx, SG_SEVERITY_BLOCK, "5(4)ア", SG_PIECE_BODY, 3, 8,
		    "無能", "他の団体を中傷するおそれのある表現です。",
		    "特定の個人や団体を貶める表現を削除してください。");
	add_finding(fx, SG_SEVERITY_WARN, "5(3)", SG_PIECE_BODY, 4, 4,
		    "5月23日（土）", "日付と曜日を確認してください。", NULL)
		->detail = g_strdup("2026-05-23");
}

/* request.eml with a warning on line 1 and an info on the length. */
static void
fixture_request(Fixture *fx)
{
	fixture_load(fx, "request.eml");
	fx->input.verdict = SG_VERDICT_WARN;
	add_finding(fx, SG_SEVERITY_WARN, "5(4)オ", SG_PIECE_BODY, 1, 16,
		    "らしい", "未確認の情報を広めるおそれがあります。",
		    "事実を確認したうえで、断定できる表現にしてください。");
	add_finding(fx, SG_SEVERITY_INFO, "4(1)", SG_PIECE_BODY, 0, 0, NULL,
		    "X の文字数です。", NULL)
		->detail = g_strdup("142/280");
}

static const char *const officers[] = {
	"koho-sekininsha@" DOMAIN,
	"koho-kacho@" DOMAIN,
	NULL,
};

static SgComposed *
compose_request(const Fixture *fx)
{
	return sg_compose_request(&fx->input, TICKET, REPLY_TO, MESSAGE_ID,
				  EXPIRES, officers);
}

/* --- reading what was composed ----------------------------------------- */

static const char *
find_bytes(const char *hay, gsize len, const char *needle)
{
	gsize n = strlen(needle);

	for (gsize i = 0; n <= len && i <= len - n; i++)
		if (memcmp(hay + i, needle, n) == 0)
			return hay + i;
	return NULL;
}

static GMimeMessage *
parse(GBytes *bytes)
{
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);
	g_autoptr(GMimeStream) stream =
		g_mime_stream_mem_new_with_buffer(data, len);
	g_autoptr(GMimeParser) parser = g_mime_parser_new_with_stream(stream);
	GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);

	ck_assert_ptr_nonnull(msg);
	return msg;
}

/* The top-level header block of @bytes, as a string. */
static char *
header_block(GBytes *bytes)
{
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);
	const char *end = find_bytes(data, len, "\r\n\r\n");

	ck_assert_ptr_nonnull(end);
	return g_strndup(data, (gsize)(end - data) + 2);
}

static GMimeObject *
child(GMimeObject *obj, int index)
{
	ck_assert(GMIME_IS_MULTIPART(obj));
	ck_assert_int_gt(g_mime_multipart_get_count(GMIME_MULTIPART(obj)),
			 index);
	return g_mime_multipart_get_part(GMIME_MULTIPART(obj), index);
}

static void
assert_type(GMimeObject *obj, const char *type, const char *subtype)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);

	ck_assert_msg(g_mime_content_type_is_type(ct, type, subtype),
		      "expected %s/%s, got %s/%s", type, subtype,
		      g_mime_content_type_get_media_type(ct),
		      g_mime_content_type_get_media_subtype(ct));
}

/* The bytes of a leaf part with its transfer encoding undone. */
static GBytes *
part_bytes(GMimeObject *obj)
{
	GMimeDataWrapper *wrapper = g_mime_part_get_content(GMIME_PART(obj));
	g_autoptr(GMimeStream) out = g_mime_stream_mem_new();
	GByteArray *array;

	ck_assert_ptr_nonnull(wrapper);
	g_mime_data_wrapper_write_to_stream(wrapper, out);
	array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
	return g_bytes_new(array->data, array->len);
}

static char *
crlf_to_lf(const char *s)
{
	g_auto(GStrv) lines = g_strsplit(s, "\r\n", -1);

	return g_strjoinv("\n", lines);
}

/* A text part decoded to UTF-8 with LF line ends.  ISO-2022-JP goes
 * through glibc's iconv, a strict decoder independent of the ICU
 * converter that encoded it. */
static char *
part_text(GMimeObject *obj)
{
	g_autoptr(GBytes) bytes = part_bytes(obj);
	const char *charset = g_mime_object_get_content_type_parameter(
		obj, "charset");
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);
	g_autofree char *utf8 = NULL;
	g_autoptr(GError) error = NULL;

	ck_assert_ptr_nonnull(charset);
	if (g_ascii_strcasecmp(charset, "UTF-8") == 0)
		utf8 = g_strndup(data, len);
	else
		utf8 = g_convert(data, (gssize)len, "UTF-8", charset, NULL,
				 NULL, &error);
	ck_assert_msg(utf8 != NULL, "%s: %s", charset,
		      error ? error->message : "?");
	ck_assert(g_utf8_validate(utf8, -1, NULL));
	return crlf_to_lf(utf8);
}

/* What a test looks at in a composed message. */
typedef struct {
	GBytes *bytes;
	char *headers;
	GMimeMessage *msg;
	GMimeObject *plain;
	GMimeObject *html;
	GMimeObject *original;
	char *text;
	char *html_text;
} Parsed;

static void
parsed_load(Parsed *p, const SgComposed *composed)
{
	GMimeObject *top, *alt;

	memset(p, 0, sizeof *p);
	p->bytes = sg_composed_to_bytes(composed);
	p->headers = header_block(p->bytes);
	p->msg = parse(p->bytes);
	top = g_mime_message_get_mime_part(p->msg);
	assert_type(top, "multipart", "mixed");
	ck_assert_int_eq(g_mime_multipart_get_count(GMIME_MULTIPART(top)), 2);
	alt = child(top, 0);
	assert_type(alt, "multipart", "alternative");
	ck_assert_int_eq(g_mime_multipart_get_count(GMIME_MULTIPART(alt)), 2);
	p->plain = child(alt, 0);
	assert_type(p->plain, "text", "plain");
	p->html = child(alt, 1);
	assert_type(p->html, "text", "html");
	p->original = child(top, 1);
	assert_type(p->original, "message", "rfc822");
	p->text = part_text(p->plain);
	p->html_text = part_text(p->html);
}

static void
parsed_clear(Parsed *p)
{
	g_clear_pointer(&p->bytes, g_bytes_unref);
	g_clear_pointer(&p->headers, g_free);
	g_clear_object(&p->msg);
	g_clear_pointer(&p->text, g_free);
	g_clear_pointer(&p->html_text, g_free);
}

static const char *
header(const Parsed *p, const char *name)
{
	return g_mime_object_get_header(GMIME_OBJECT(p->msg), name);
}

/* A header of the top-level MIME part (Content-*). */
static const char *
top_header(const Parsed *p, const char *name)
{
	return g_mime_object_get_header(g_mime_message_get_mime_part(p->msg),
					name);
}

static char *
decoded_header(const Parsed *p, const char *name)
{
	const char *raw = header(p, name);

	ck_assert_msg(raw != NULL, "no %s header", name);
	return g_mime_utils_header_decode_text(NULL, raw);
}

/* The attached draft as it stands on the wire, between its part header
 * and the closing delimiter of the multipart/mixed. */
static GBytes *
raw_attachment(const Parsed *p)
{
	GMimeObject *top = g_mime_message_get_mime_part(p->msg);
	const char *boundary = g_mime_multipart_get_boundary(
		GMIME_MULTIPART(top));
	g_autofree char *delim = g_strdup_printf("\r\n--%s", boundary);
	gsize len = 0;
	const char *data = g_bytes_get_data(p->bytes, &len);
	const char *end = data + len;
	const char *first, *second, *body, *close;

	first = find_bytes(data, len, delim);
	ck_assert_ptr_nonnull(first);
	first += strlen(delim);
	second = find_bytes(first, (gsize)(end - first), delim);
	ck_assert_ptr_nonnull(second);
	second += strlen(delim);
	body = find_bytes(second, (gsize)(end - second), "\r\n\r\n");
	ck_assert_ptr_nonnull(body);
	body += 4;
	close = find_bytes(body, (gsize)(end - body), delim);
	ck_assert_ptr_nonnull(close);
	ck_assert(strncmp(close + strlen(delim), "--", 2) == 0);
	return g_bytes_new(body, (gsize)(close - body));
}

static bool
is_7bit(const char *s, gsize len)
{
	for (gsize i = 0; i < len; i++)
		if ((guchar)s[i] >= 0x80 || s[i] == '\0')
			return false;
	return true;
}

/* Every header line ASCII, within 998 octets, and every encoded word
 * within RFC 2047's 75 characters; no line of the block begins a header
 * named @forbidden. */
static void
assert_clean_headers(const char *headers, const char *forbidden)
{
	g_auto(GStrv) lines = g_strsplit(headers, "\r\n", -1);

	ck_assert(is_7bit(headers, strlen(headers)));
	for (guint i = 0; lines[i] != NULL; i++) {
		const char *w = lines[i];

		ck_assert_int_le(strlen(lines[i]), 998);
		if (forbidden != NULL)
			ck_assert_msg(g_ascii_strncasecmp(lines[i], forbidden,
							  strlen(forbidden))
					      != 0,
				      "injected header line: %s", lines[i]);
		while ((w = strstr(w, "=?")) != NULL) {
			const char *e = strstr(w + 2, "?=");

			ck_assert_ptr_nonnull(e);
			/* Skip the "?B?" in the middle. */
			e = strstr(strstr(strstr(w + 2, "?") + 1, "?") + 1,
				   "?=");
			ck_assert_ptr_nonnull(e);
			ck_assert_int_le(e + 2 - w, 75);
			w = e + 2;
		}
	}
}

static void
check_expected(const char *name, const char *actual)
{
	g_autofree char *rel = g_strdup_printf("compose/%s.expected", name);
	g_autoptr(GBytes) expected = NULL;
	g_autofree char *text = NULL;
	gsize len = 0;
	const char *data;

	if (g_getenv("SG_UPDATE_EXPECTED") != NULL) {
		g_autofree char *path = sg_test_data_path(rel);
		g_autoptr(GError) error = NULL;

		ck_assert_msg(g_file_set_contents(path, actual, -1, &error),
			      "%s", error ? error->message : "?");
		return;
	}
	expected = sg_test_read_data(rel);
	data = g_bytes_get_data(expected, &len);
	text = g_strndup(data, len);
	if (strcmp(actual, text) != 0) {
		/* Check's messages are short: name the first line that
		 * differs. */
		g_auto(GStrv) a = g_strsplit(actual, "\n", -1);
		g_auto(GStrv) e = g_strsplit(text, "\n", -1);
		guint i = 0;

		while (a[i] != NULL && e[i] != NULL && strcmp(a[i], e[i]) == 0)
			i++;
		ck_abort_msg("%s: line %u differs:\n got: %.300s\nwant: %.300s",
			     rel, i + 1, a[i] ? a[i] : "(end)",
			     e[i] ? e[i] : "(end)");
	}
}

/* The whole message with what changes on every run (Date, Message-ID,
 * boundaries) replaced by fixed words. */
static char *
normalized(const Parsed *p)
{
	gsize len = 0;
	const char *data = g_bytes_get_data(p->bytes, &len);
	g_autofree char *text = g_strndup(data, len);
	GMimeObject *top = g_mime_message_get_mime_part(p->msg);
	const char *b1 = g_mime_multipart_get_boundary(GMIME_MULTIPART(top));
	const char *b2 = g_mime_multipart_get_boundary(
		GMIME_MULTIPART(child(top, 0)));
	const char *date = header(p, "Date");
	const char *id = header(p, "Message-ID");
	const char *const from[] = {date, id, b1, b2};
	const char *const to[] = {"DATE", "<MESSAGE-ID>", "BOUNDARY-MIXED",
				  "BOUNDARY-ALTERNATIVE"};

	for (guint i = 0; i < G_N_ELEMENTS(from); i++) {
		g_auto(GStrv) parts = NULL;

		ck_assert_ptr_nonnull(from[i]);
		parts = g_strsplit(text, from[i], -1);
		g_free(text);
		text = g_strjoinv(to[i], parts);
	}
	return crlf_to_lf(text);
}

/* --- feedback ---------------------------------------------------------- */

START_TEST(test_feedback_headers)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *from = NULL;
	InternetAddressList *list;
	InternetAddress *ia;

	fixture_defamation(&fx);
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);

	assert_clean_headers(p.headers, NULL);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject, "[差戻し] 区民まつりのお知らせ");
	ck_assert_str_eq(g_mime_message_get_subject(p.msg), subject);

	list = g_mime_message_get_from(p.msg);
	ck_assert_int_eq(internet_address_list_length(list), 1);
	ia = internet_address_list_get_address(list, 0);
	ck_assert_str_eq(internet_address_get_name(ia), "SNS投稿承認窓口");
	ck_assert_str_eq(internet_address_mailbox_get_addr(
				 INTERNET_ADDRESS_MAILBOX(ia)),
			 APPROVAL);
	from = decoded_header(&p, "From");
	ck_assert(strstr(from, "<" APPROVAL ">") != NULL);

	list = g_mime_message_get_to(p.msg);
	ck_assert_int_eq(internet_address_list_length(list), 1);
	ia = internet_address_list_get_address(list, 0);
	ck_assert_str_eq(internet_address_mailbox_get_addr(
				 INTERNET_ADDRESS_MAILBOX(ia)),
			 AUTHOR);

	ck_assert_str_eq(header(&p, "In-Reply-To"),
			 "<20260519100035.draft1@city.chiyoda.lg.jp>");
	ck_assert_str_eq(header(&p, "References"),
			 "<20260519100035.draft1@city.chiyoda.lg.jp>");
	ck_assert(g_str_has_suffix(g_mime_message_get_message_id(p.msg),
				   "@" DOMAIN));
	ck_assert_ptr_nonnull(g_mime_message_get_date(p.msg));
	ck_assert_str_eq(header(&p, "MIME-Version"), "1.0");
	ck_assert_str_eq(header(&p, "Auto-Submitted"), "auto-generated");
	ck_assert_str_eq(header(&p, "X-Auto-Response-Suppress"), "All");
	ck_assert_str_eq(header(&p, "X-SNSGate-Loop"), LOOP);
	ck_assert_str_eq(top_header(&p, "Content-Transfer-Encoding"), "8bit");
	ck_assert_ptr_null(header(&p, "Precedence"));
	ck_assert_ptr_null(header(&p, "Reply-To"));

	/* The SgComposed view agrees with the parsed message. */
	ck_assert_str_eq(sg_composed_get_header(c, "x-snsgate-loop"), LOOP);
	ck_assert_str_eq(sg_composed_get_header(c, "MESSAGE-ID"),
			 header(&p, "Message-ID"));
	ck_assert(g_str_has_prefix(sg_composed_get_header(c, "Content-Type"),
				   "multipart/mixed;"));
	ck_assert_ptr_null(sg_composed_get_header(c, "Bcc"));

	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

START_TEST(test_feedback_parts)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;

	fixture_defamation(&fx);
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);

	ck_assert_str_eq(g_mime_object_get_content_type_parameter(p.plain,
								  "charset"),
			 "UTF-8");
	ck_assert_int_eq(g_mime_part_get_content_encoding(GMIME_PART(p.plain)),
			 GMIME_CONTENT_ENCODING_BASE64);
	ck_assert_int_eq(g_mime_part_get_content_encoding(GMIME_PART(p.html)),
			 GMIME_CONTENT_ENCODING_BASE64);
	ck_assert_str_eq(g_mime_object_get_disposition(p.original),
			 "attachment");

	/* The report: clause text verbatim, place, excerpt, why, what. */
	ck_assert(strstr(p.text, "ご投稿案を確認しましたところ、千代田区"
				 "ソーシャルメディア活用ガイドラインに抵触"
				 "するおそれのある箇所がありましたので、"
				 "差し戻しいたします。")
		  != NULL);
	ck_assert(strstr(p.text, "「個人又は団体を中傷し、又は誹謗する情報」")
		  != NULL);
	ck_assert(strstr(p.text, "「次に掲げる情報を発信しないこと。」")
		  != NULL);
	ck_assert(strstr(p.text, "5(4)ア 中傷・誹謗") != NULL);
	ck_assert(strstr(p.text, "本文 3行目 8文字目") != NULL);
	ck_assert(strstr(p.text, "該当箇所: 「無能」") != NULL);
	ck_assert(strstr(p.text, "他の団体を中傷するおそれのある表現です。")
		  != NULL);
	ck_assert(strstr(p.text, "sns-approval+x@city.chiyoda.lg.jp") != NULL);
	check_expected("defamation.feedback-ja.txt", p.text);

	/* The HTML: the post with the excerpts marked, the findings. */
	ck_assert(strstr(p.html_text, "隣の区の職員は<mark style=\"") != NULL);
	ck_assert(strstr(p.html_text, "\">無能</mark>") != NULL);
	ck_assert(strstr(p.html_text, "\">5月23日（土）</mark>") != NULL);
	ck_assert(strstr(p.html_text, "個人又は団体を中傷し、又は誹謗する情報")
		  != NULL);
	ck_assert(strstr(p.html_text, "<meta charset=\"UTF-8\">") != NULL);
	ck_assert(strstr(p.html_text, "<style") == NULL);
	ck_assert(strstr(p.html_text, "<script") == NULL);
	ck_assert(strstr(p.html_text, "<img") == NULL);
	ck_assert(strstr(p.html_text, "http") == NULL);
	check_expected("defamation.feedback-ja.html", p.html_text);

	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

START_TEST(test_feedback_whole)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autofree char *text = NULL;

	fixture_defamation(&fx);
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	text = normalized(&p);
	check_expected("defamation.feedback-ja.eml", text);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

START_TEST(test_feedback_english)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autofree char *subject = NULL;
	InternetAddress *ia;

	fixture_defamation(&fx);
	fx.input.lang = SG_LANG_EN;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);

	assert_clean_headers(p.headers, NULL);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject, "[Returned] 区民まつりのお知らせ");
	ia = internet_address_list_get_address(g_mime_message_get_from(p.msg),
					       0);
	ck_assert_str_eq(internet_address_get_name(ia),
			 "SNS Posting Approval");
	ck_assert(strstr(p.text, "We have checked your draft post") != NULL);
	ck_assert(strstr(p.text, "body, line 3, column 8") != NULL);
	ck_assert(strstr(p.text, "Test finding.") != NULL);
	/* The clause is quoted in the guideline's own words. */
	ck_assert(strstr(p.text, "「個人又は団体を中傷し、又は誹謗する情報」")
		  != NULL);
	ck_assert(strstr(p.html_text, "<html lang=\"en\">") != NULL);
	check_expected("defamation.feedback-en.txt", p.text);

	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

START_TEST(test_feedback_escape)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autofree char *subject = NULL;

	fixture_load(&fx, "escape.eml");
	add_finding(&fx, SG_SEVERITY_BLOCK, "5(4)カ", SG_PIECE_BODY, 1, 6,
		    "<script>", "スクリプト <b>太字</b> & \"引用\"", NULL);
	add_finding(&fx, SG_SEVERITY_WARN, "5(4)カ", SG_PIECE_BODY, 3, 1,
		    "https://www.city.chiyoda.lg.jp/koho/index.html",
		    "リンクを確認してください。", NULL);
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);

	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject, "[差戻し] <b>太字</b> & \"引用\"");
	/* Nothing from the draft is markup. */
	ck_assert(strstr(p.html_text, "<script") == NULL);
	ck_assert(strstr(p.html_text, "<b>") == NULL);
	ck_assert(strstr(p.html_text, "<!--") == NULL);
	ck_assert(strstr(p.html_text, "\">&lt;script&gt;</mark>") != NULL);
	ck_assert(strstr(p.html_text, "alert(&quot;x&quot;)&lt;/script&gt;")
		  != NULL);
	ck_assert(strstr(p.html_text, "A&amp;B &#39;quoted&#39; &amp;amp; "
				      "&lt;!-- comment --&gt;")
		  != NULL);
	ck_assert(strstr(p.html_text, "&lt;b&gt;太字&lt;/b&gt; &amp; "
				      "&quot;引用&quot;")
		  != NULL);
	/* No web link, not even as text a client could make one of. */
	ck_assert(strstr(p.html_text, "http") == NULL);
	ck_assert(strstr(p.html_text, "HTTP") == NULL);
	ck_assert(strstr(p.html_text, "\">hxxps://www.city.chiyoda.lg.jp/koho/"
				      "index.html</mark>")
		  != NULL);
	/* The text part quotes the excerpt as it is. */
	ck_assert(strstr(p.text, "該当箇所: 「<script>」") != NULL);

	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* A finding whose place does not hold its excerpt (it came from another
 * piece) is listed, not highlighted; a subject finding is marked in the
 * subject line; overlapping findings share one mark. */
START_TEST(test_feedback_highlights)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;

	fixture_defamation(&fx);
	add_finding(&fx, SG_SEVERITY_WARN, "5(4)ク", SG_PIECE_BODY, 3, 1,
		    "ありえない", "別の箇所です。", NULL);
	add_finding(&fx, SG_SEVERITY_WARN, "5(4)ク", SG_PIECE_SUBJECT, 1, 3,
		    "まつり", "件名の指摘です。", NULL);
	add_finding(&fx, SG_SEVERITY_WARN, "5(4)ア", SG_PIECE_BODY, 3, 5,
		    "職員は無能", "重なる指摘です。", NULL);
	add_finding(&fx, SG_SEVERITY_WARN, "5(4)ア", SG_PIECE_ATTACHMENT, 1, 1,
		    "無能", "添付の指摘です。", NULL)
		->piece_name = g_strdup("memo.txt");
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);

	ck_assert(strstr(p.html_text, "ありえない") != NULL);
	ck_assert(strstr(p.html_text, "\">ありえない</mark>") == NULL);
	ck_assert(strstr(p.html_text, "区民<mark") != NULL);
	ck_assert(strstr(p.html_text, "\">まつり</mark>") != NULL);
	ck_assert(strstr(p.html_text, "隣の区の<mark") != NULL);
	ck_assert(strstr(p.html_text, "\">職員は無能</mark>") != NULL);
	ck_assert(strstr(p.html_text, "[1,5]</sup>") != NULL);
	ck_assert(strstr(p.text, "添付「memo.txt」 1行目 1文字目") != NULL);
	ck_assert(strstr(p.text, "件名 1行目 3文字目") != NULL);

	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* Self-check results use the same composer: no "[差戻し]" unless
 * blocked. */
START_TEST(test_feedback_not_blocked)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autofree char *subject = NULL;

	fixture_load(&fx, "request.eml");
	fx.input.verdict = SG_VERDICT_PASS;
	fx.input.account = NULL;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject, "[確認結果] 水道料金値上げのうわさについて");
	ck_assert(strstr(p.text, "見つかりませんでした") != NULL);
	ck_assert(strstr(p.text, "判定: 問題なし（指摘なし）") != NULL);
	ck_assert(strstr(p.text, "アカウント: （指定なし）") != NULL);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* --- the attached draft ------------------------------------------------ */

static const char *const exact_fixtures[] = {
	"defamation.eml", "escape.eml", "jis.eml",
	"maru.eml",	  "injection.eml", "request.eml",
};

START_TEST(test_original_exact)
{
	const char *name = exact_fixtures[_i];
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(SgComposed) r = NULL;
	g_autoptr(GBytes) raw = NULL;
	g_autoptr(GMimeMessage) inner = NULL;

	fixture_load(&fx, name);
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	raw = raw_attachment(&p);
	ck_assert_msg(g_bytes_equal(raw, fx.raw), "%s differs", name);
	/* A client sees the draft as an attached message. */
	ck_assert(GMIME_IS_MESSAGE_PART(p.original));
	inner = g_object_ref(g_mime_message_part_get_message(
		GMIME_MESSAGE_PART(p.original)));
	ck_assert_ptr_nonnull(inner);
	ck_assert_str_eq(g_mime_message_get_message_id(inner),
			 "20260519100035.draft1@city.chiyoda.lg.jp");
	parsed_clear(&p);

	r = compose_request(&fx);
	parsed_load(&p, r);
	g_clear_pointer(&raw, g_bytes_unref);
	raw = raw_attachment(&p);
	ck_assert_msg(g_bytes_equal(raw, fx.raw), "%s differs", name);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* Bare LF line ends become CRLF, the wire form; nothing else changes.  No
 * Message-ID: no In-Reply-To. */
START_TEST(test_original_lf)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GBytes) raw = NULL;
	g_autofree char *want = NULL;
	g_auto(GStrv) lines = NULL;
	gsize len = 0;
	const char *data;

	fixture_load(&fx, "lf-only.eml");
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	data = g_bytes_get_data(fx.raw, &len);
	{
		g_autofree char *s = g_strndup(data, len);

		ck_assert(strstr(s, "\r\n") == NULL);
		lines = g_strsplit(s, "\n", -1);
	}
	want = g_strjoinv("\r\n", lines);
	raw = raw_attachment(&p);
	data = g_bytes_get_data(raw, &len);
	ck_assert_uint_eq(len, strlen(want));
	ck_assert(memcmp(data, want, len) == 0);
	ck_assert_ptr_null(header(&p, "In-Reply-To"));
	ck_assert_ptr_null(header(&p, "References"));
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* 7bit, 8bit or binary: what the attached draft really is. */
START_TEST(test_original_encoding)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GBytes) raw = NULL;
	g_autoptr(GBytes) longer = NULL;
	g_autoptr(GString) s = g_string_new(NULL);
	gsize len = 0;
	const char *data;

	fixture_load(&fx, "jis.eml");
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	ck_assert_str_eq(g_mime_object_get_header(p.original,
						  "Content-Transfer-Encoding"),
			 "7bit");
	ck_assert_str_eq(top_header(&p, "Content-Transfer-Encoding"), "7bit");
	parsed_clear(&p);
	g_clear_pointer(&c, sg_composed_free);

	/* A line over 998 octets can only be labelled binary. */
	data = g_bytes_get_data(fx.raw, &len);
	g_string_append_len(s, data, (gssize)len);
	for (int i = 0; i < 1200; i++)
		g_string_append_c(s, 'a');
	g_string_append(s, "\r\n");
	longer = g_bytes_new(s->str, s->len);
	fx.input.original = longer;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	ck_assert_str_eq(top_header(&p, "Content-Transfer-Encoding"),
			 "binary");
	ck_assert_str_eq(g_mime_object_get_header(p.original,
						  "Content-Transfer-Encoding"),
			 "binary");
	raw = raw_attachment(&p);
	ck_assert(g_bytes_equal(raw, longer));
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* --- ISO-2022-JP ------------------------------------------------------- */

START_TEST(test_iso2022jp)
{
	Fixture fx;
	Parsed p, u;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(SgComposed) cu = NULL;
	g_autoptr(GBytes) plain = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *from = NULL;
	g_autofree char *icu = NULL;
	g_autofree char *icu_lf = NULL;
	g_auto(GStrv) html_parts = NULL;
	g_autofree char *html_as_utf8 = NULL;
	gsize len = 0;
	const char *data;

	fixture_load(&fx, "jis.eml");
	add_finding(&fx, SG_SEVERITY_BLOCK, "5(4)ア", SG_PIECE_BODY, 2, 10,
		    "平日は午後九時まで", "テスト用の指摘です。", "書き直して"
		    "ください。");
	fx.input.iso2022jp = true;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	fx.input.iso2022jp = false;
	cu = sg_compose_feedback(&fx.input);
	parsed_load(&u, cu);

	assert_clean_headers(p.headers, NULL);
	ck_assert(strstr(p.headers, "Subject: =?ISO-2022-JP?B?") != NULL);
	ck_assert(strstr(p.headers, "From: =?ISO-2022-JP?B?") != NULL);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject, "[差戻し] 図書館の開館時間延長");
	from = decoded_header(&p, "From");
	ck_assert_str_eq(from, "SNS投稿承認窓口 <" APPROVAL ">");

	for (int i = 0; i < 2; i++) {
		GMimeObject *part = i == 0 ? p.plain : p.html;
		g_autoptr(GBytes) b = part_bytes(part);

		ck_assert_str_eq(g_mime_object_get_content_type_parameter(
					 part, "charset"),
				 "ISO-2022-JP");
		ck_assert_int_eq(
			g_mime_part_get_content_encoding(GMIME_PART(part)),
			GMIME_CONTENT_ENCODING_7BIT);
		data = g_bytes_get_data(b, &len);
		ck_assert(is_7bit(data, len));
		ck_assert(find_bytes(data, len, "\x1b$B") != NULL);
	}
	/* glibc's strict decoder reads back exactly the UTF-8 report. */
	ck_assert_str_eq(p.text, u.text);
	html_parts = g_strsplit(u.html_text, "<meta charset=\"UTF-8\">", -1);
	html_as_utf8 = g_strjoinv("<meta charset=\"ISO-2022-JP\">",
				  html_parts);
	ck_assert_str_eq(p.html_text, html_as_utf8);
	ck_assert(strstr(p.text, "「平日は午後九時まで」") != NULL);

	/* So does ICU, the converter snsgate itself reads mail with. */
	plain = part_bytes(p.plain);
	data = g_bytes_get_data(plain, &len);
	icu = sg_charset_to_utf8("ISO-2022-JP", data, len, NULL, NULL);
	icu_lf = crlf_to_lf(icu);
	ck_assert_str_eq(icu_lf, u.text);

	parsed_clear(&u);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* A part holding a character JIS X 0208 lacks goes out in UTF-8, whole:
 * nothing is lost or replaced. */
START_TEST(test_iso2022jp_fallback)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autofree char *subject = NULL;

	fixture_load(&fx, "maru.eml");
	add_finding(&fx, SG_SEVERITY_BLOCK, "5(3)", SG_PIECE_BODY, 2, 5,
		    "○○", "未記入の箇所があります。", NULL);
	fx.input.iso2022jp = true;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);

	assert_clean_headers(p.headers, NULL);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject, "[差戻し] ①会場変更のお知らせ㈱");
	ck_assert(strstr(p.headers, "Subject: =?UTF-8?B?") != NULL);
	/* The display name has JIS codes only: still ISO-2022-JP. */
	ck_assert(strstr(p.headers, "From: =?ISO-2022-JP?B?") != NULL);

	ck_assert_str_eq(g_mime_object_get_content_type_parameter(p.plain,
								  "charset"),
			 "UTF-8");
	ck_assert_str_eq(g_mime_object_get_content_type_parameter(p.html,
								  "charset"),
			 "UTF-8");
	ck_assert(strstr(p.text, "件名: ①会場変更のお知らせ㈱") != NULL);
	ck_assert(strstr(p.html_text, "②主催は<mark") != NULL);
	ck_assert(strstr(p.html_text, "㈱です。🎉") != NULL);
	ck_assert(strstr(p.html_text, "<meta charset=\"UTF-8\">") != NULL);

	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* The plain part in JIS while the HTML, which shows the draft with its
 * ①, falls back alone; WAVE DASH and FULLWIDTH TILDE both go as JIS 1-33,
 * which glibc reads as WAVE DASH. */
START_TEST(test_iso2022jp_per_part)
{
	static const char draft[] =
		"From: " AUTHOR "\r\n"
		"Subject: =?UTF-8?B?5Lya5aC05aSJ5pu0?=\r\n"
		"Content-Type: text/plain; charset=UTF-8\r\n"
		"Content-Transfer-Encoding: 8bit\r\n"
		"\r\n"
		"会場が変わります。\r\n"
		"①番の入口からお入りください。\r\n";
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GBytes) raw = g_bytes_new_static(draft, strlen(draft));
	g_autoptr(GError) error = NULL;

	fixture_load(&fx, "defamation.eml");
	sg_draft_free(fx.draft);
	fx.draft = sg_draft_new_from_data(draft, strlen(draft), NULL, &error);
	ck_assert_ptr_nonnull(fx.draft);
	fx.input.draft = fx.draft;
	fx.input.original = raw;
	add_finding(&fx, SG_SEVERITY_BLOCK, "5(3)", SG_PIECE_BODY, 1, 1,
		    "会場", "10時〜12時と10時～12時", NULL);
	fx.input.iso2022jp = true;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	ck_assert_str_eq(g_mime_object_get_content_type_parameter(p.plain,
								  "charset"),
			 "ISO-2022-JP");
	ck_assert_str_eq(g_mime_object_get_content_type_parameter(p.html,
								  "charset"),
			 "UTF-8");
	ck_assert(strstr(p.text, "10時〜12時と10時〜12時") != NULL);
	ck_assert(strstr(p.html_text, "①番の入口") != NULL);
	ck_assert(strstr(p.html_text, "\">会場</mark>") != NULL);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* --- approval request -------------------------------------------------- */

START_TEST(test_request_headers)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autofree char *subject = NULL;
	InternetAddressList *list;

	fixture_request(&fx);
	c = compose_request(&fx);
	parsed_load(&p, c);

	assert_clean_headers(p.headers, NULL);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject,
			 "[承認依頼 " TICKET "] 水道料金値上げのうわさに"
			 "ついて");
	ck_assert_str_eq(header(&p, "Message-ID"), MESSAGE_ID);
	list = g_mime_message_get_reply_to(p.msg);
	ck_assert_int_eq(internet_address_list_length(list), 1);
	ck_assert_str_eq(internet_address_mailbox_get_addr(
				 INTERNET_ADDRESS_MAILBOX(
					 internet_address_list_get_address(
						 list, 0))),
			 REPLY_TO);
	list = g_mime_message_get_to(p.msg);
	ck_assert_int_eq(internet_address_list_length(list), 2);
	ck_assert_str_eq(internet_address_mailbox_get_addr(
				 INTERNET_ADDRESS_MAILBOX(
					 internet_address_list_get_address(
						 list, 1))),
			 officers[1]);
	ck_assert_str_eq(internet_address_get_name(
				 internet_address_list_get_address(
					 g_mime_message_get_from(p.msg), 0)),
			 "SNS投稿承認窓口");
	ck_assert_str_eq(header(&p, "Auto-Submitted"), "auto-generated");
	ck_assert_str_eq(header(&p, "X-Auto-Response-Suppress"), "All");
	ck_assert_str_eq(header(&p, "X-SNSGate-Loop"), LOOP);
	ck_assert_ptr_null(header(&p, "In-Reply-To"));

	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

START_TEST(test_request_body)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GBytes) raw = NULL;

	fixture_request(&fx);
	c = compose_request(&fx);
	parsed_load(&p, c);

	ck_assert(strstr(p.text, "アカウント: 千代田区公式 X（X）\n") != NULL);
	ck_assert(strstr(p.text, "投稿者: " AUTHOR "\n") != NULL);
	ck_assert(strstr(p.text, "送信日時: 2026年5月19日（火）10:00\n")
		  != NULL);
	ck_assert(strstr(p.text, "回答期限: 2026年5月22日（金）10:00"
				 "（日本時間）まで\n")
		  != NULL);
	ck_assert(strstr(p.text, "5(4)オ 事実と異なる情報") != NULL);
	ck_assert(strstr(p.text, "「流布することを目的とした事実と異なる情報」")
		  != NULL);
	ck_assert(strstr(p.text, "該当箇所: 「らしい」") != NULL);
	ck_assert(strstr(p.text, "詳細: 142/280") != NULL);
	ck_assert(strstr(p.text, "このメールに『承認』とだけ書いて返信して"
				 "ください。差し戻す場合は『差戻し』と理由を"
				 "書いて返信してください。")
		  != NULL);
	ck_assert(strstr(p.text, "\n承認コード: " TICKET ".q8Zx3vYp\n")
		  != NULL);
	check_expected("request.request-ja.txt", p.text);

	ck_assert(strstr(p.html_text, "承認コード: " TICKET ".q8Zx3vYp")
		  != NULL);
	ck_assert(strstr(p.html_text, "\">らしい</mark>") != NULL);
	check_expected("request.request-ja.html", p.html_text);

	raw = raw_attachment(&p);
	ck_assert(g_bytes_equal(raw, fx.raw));

	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

START_TEST(test_request_english)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autofree char *subject = NULL;

	fixture_request(&fx);
	fx.input.lang = SG_LANG_EN;
	c = compose_request(&fx);
	parsed_load(&p, c);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject, "[Approval request " TICKET
				  "] 水道料金値上げのうわさについて");
	ck_assert(strstr(p.text, "Answer by: Fri, 22 May 2026 10:00 JST "
				 "(Japan time)\n")
		  != NULL);
	ck_assert(strstr(p.text, "\n承認コード: " TICKET ".q8Zx3vYp\n")
		  != NULL);
	check_expected("request.request-en.txt", p.text);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* Every href="mailto:..." of @html, HTML-unescaped. */
static GPtrArray *
mailto_links(const char *html)
{
	GPtrArray *links = g_ptr_array_new_with_free_func(g_free);
	const char *p = html;

	while ((p = strstr(p, "href=\"")) != NULL) {
		const char *end;
		g_autofree char *href = NULL;
		g_auto(GStrv) parts = NULL;

		p += strlen("href=\"");
		end = strchr(p, '"');
		ck_assert_ptr_nonnull(end);
		href = g_strndup(p, (gsize)(end - p));
		parts = g_strsplit(href, "&amp;", -1);
		g_ptr_array_add(links, g_strjoinv("&", parts));
		p = end;
	}
	return links;
}

static void
assert_mailto(const char *href, const char *subject, const char *body)
{
	g_auto(GStrv) qs = NULL;
	g_autofree char *to = NULL;
	g_autofree char *to_enc = NULL;
	bool seen_subject = false, seen_body = false;
	const char *q;

	ck_assert_msg(g_str_has_prefix(href, "mailto:"), "%s", href);
	q = strchr(href, '?');
	ck_assert_ptr_nonnull(q);
	to_enc = g_strndup(href + 7, (gsize)(q - href - 7));
	to = g_uri_unescape_string(to_enc, NULL);
	ck_assert_str_eq(to, REPLY_TO);
	qs = g_strsplit(q + 1, "&", -1);
	for (guint i = 0; qs[i] != NULL; i++) {
		const char *eq = strchr(qs[i], '=');
		g_autofree char *value = NULL;

		ck_assert_ptr_nonnull(eq);
		/* RFC 6068: no raw space, and '+' is not a space. */
		ck_assert(strpbrk(eq + 1, " \r\n\"<>") == NULL);
		value = g_uri_unescape_string(eq + 1, NULL);
		ck_assert_ptr_nonnull(value);
		if (g_str_has_prefix(qs[i], "subject=")) {
			ck_assert_str_eq(value, subject);
			seen_subject = true;
		} else if (g_str_has_prefix(qs[i], "body=")) {
			ck_assert_str_eq(value, body);
			seen_body = true;
		}
	}
	ck_assert(seen_subject && seen_body);
}

START_TEST(test_request_mailto)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GPtrArray) links = NULL;
	const char *re =
		"Re: [承認依頼 " TICKET "] 水道料金値上げのうわさについて";

	fixture_request(&fx);
	c = compose_request(&fx);
	parsed_load(&p, c);

	links = mailto_links(p.html_text);
	ck_assert_uint_eq(links->len, 2);
	assert_mailto(g_ptr_array_index(links, 0), re, "承認");
	assert_mailto(g_ptr_array_index(links, 1), re, "差戻し\r\n理由: ");
	ck_assert(strstr(p.html_text, ">承認する</a>") != NULL);
	ck_assert(strstr(p.html_text, ">差し戻す</a>") != NULL);
	/* The draft has a URL; the HTML has no web link of any kind. */
	ck_assert(strstr(p.text, "https://www.city.chiyoda.lg.jp/") != NULL);
	ck_assert(strstr(p.html_text, "http") == NULL);
	ck_assert(strstr(p.html_text, "HTTP") == NULL);
	ck_assert(strstr(p.html_text, "<script") == NULL);
	ck_assert(strstr(p.html_text, "<img") == NULL);
	ck_assert(strstr(p.html_text, "<form") == NULL);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* A subject quoting a URL: the mailto: subject keeps it, the HTML still
 * holds no "http". */
START_TEST(test_request_mailto_url_subject)
{
	static const char draft[] =
		"From: " AUTHOR "\r\n"
		"Subject: see https://example.com/ now\r\n"
		"\r\n"
		"body\r\n";
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GPtrArray) links = NULL;
	g_autoptr(GBytes) raw = g_bytes_new_static(draft, strlen(draft));
	g_autoptr(GError) error = NULL;

	fixture_request(&fx);
	sg_draft_free(fx.draft);
	fx.draft = sg_draft_new_from_data(draft, strlen(draft), NULL, &error);
	ck_assert_ptr_nonnull(fx.draft);
	fx.input.draft = fx.draft;
	fx.input.original = raw;
	c = compose_request(&fx);
	parsed_load(&p, c);
	links = mailto_links(p.html_text);
	ck_assert_uint_eq(links->len, 2);
	assert_mailto(g_ptr_array_index(links, 0),
		      "Re: [承認依頼 " TICKET "] see https://example.com/ now",
		      "承認");
	ck_assert(strstr(p.html_text, "http") == NULL);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* --- release, rejection, notice --------------------------------------- */

/* 2026-05-21 11:00 JST */
#define APPROVED_AT G_GINT64_CONSTANT(1779328800)
#define SHA "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea"

START_TEST(test_release)
{
	static const char *const to[] = {"koho-post@" DOMAIN, AUTHOR, NULL};
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GBytes) raw = NULL;
	g_autofree char *subject = NULL;
	InternetAddressList *list;
	GDateTime *at;

	fixture_load(&fx, "request.eml");
	fx.input.verdict = SG_VERDICT_WARN;
	c = sg_compose_release(&fx.input, TICKET, "koho-sekininsha@" DOMAIN,
			       APPROVED_AT, SHA, to);
	parsed_load(&p, c);

	assert_clean_headers(p.headers, NULL);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject, "[承認済] 水道料金値上げのうわさについて");
	list = g_mime_message_get_to(p.msg);
	ck_assert_int_eq(internet_address_list_length(list), 2);
	ck_assert_str_eq(header(&p, "X-SNSGate-Ticket"), TICKET);
	ck_assert_str_eq(header(&p, "X-SNSGate-Approved-By"),
			 "koho-sekininsha@" DOMAIN);
	ck_assert_str_eq(header(&p, "X-SNSGate-Draft-SHA256"), SHA);
	at = g_mime_utils_header_decode_date(
		header(&p, "X-SNSGate-Approved-At"));
	ck_assert_ptr_nonnull(at);
	ck_assert_int_eq(g_date_time_to_unix(at), APPROVED_AT);
	ck_assert_int_eq(g_date_time_get_utc_offset(at) / G_TIME_SPAN_HOUR, 9);
	g_date_time_unref(at);
	ck_assert_str_eq(header(&p, "Auto-Submitted"), "auto-generated");
	ck_assert_str_eq(header(&p, "X-SNSGate-Loop"), LOOP);
	ck_assert_str_eq(header(&p, "In-Reply-To"),
			 "<20260519100035.draft1@city.chiyoda.lg.jp>");
	ck_assert(strstr(p.text, "承認者: koho-sekininsha@" DOMAIN "\n")
		  != NULL);
	ck_assert(strstr(p.text, "承認日時: 2026年5月21日（木）11:00\n")
		  != NULL);
	ck_assert(strstr(p.html_text, "http") == NULL);
	check_expected("request.release-ja.txt", p.text);
	raw = raw_attachment(&p);
	ck_assert(g_bytes_equal(raw, fx.raw));
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

START_TEST(test_rejection)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(SgComposed) empty = NULL;
	g_autoptr(GBytes) raw = NULL;
	g_autofree char *subject = NULL;

	fixture_load(&fx, "request.eml");
	c = sg_compose_rejection(&fx.input, TICKET,
				 "koho-sekininsha@" DOMAIN INJECT,
				 "「らしい」という表現は避けてください。\r\n"
				 "水道局に確認のうえ、<b>断定</b>できる内容に"
				 "してください。\r\n");
	parsed_load(&p, c);
	assert_clean_headers(p.headers, "Bcc");
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject, "[差戻し] 水道料金値上げのうわさについて");
	ck_assert_str_eq(internet_address_mailbox_get_addr(
				 INTERNET_ADDRESS_MAILBOX(
					 internet_address_list_get_address(
						 g_mime_message_get_to(p.msg),
						 0))),
			 AUTHOR);
	ck_assert_str_eq(header(&p, "X-SNSGate-Ticket"), TICKET);
	ck_assert(strstr(p.text, "差し戻した人: koho-sekininsha@" DOMAIN "\n")
		  != NULL);
	ck_assert(strstr(p.text, "    「らしい」という表現は避けてください。\n"
				 "    水道局に確認のうえ、<b>断定</b>できる"
				 "内容にしてください。\n")
		  != NULL);
	ck_assert(strstr(p.html_text, "&lt;b&gt;断定&lt;/b&gt;") != NULL);
	check_expected("request.rejection-ja.txt", p.text);
	raw = raw_attachment(&p);
	ck_assert(g_bytes_equal(raw, fx.raw));
	parsed_clear(&p);

	empty = sg_compose_rejection(&fx.input, TICKET, "x@" DOMAIN, " \n");
	parsed_load(&p, empty);
	ck_assert(strstr(p.text, "（理由の記載はありませんでした）") != NULL);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* Notices go out without a draft (the expiry job) or about one (an
 * answer to an officer's reply): text/plain only, To one address or a
 * list. */
START_TEST(test_notice)
{
	SgComposeInput in = {
		.lang = SG_LANG_JA,
		.iso2022jp = _i == 1,
		.from = APPROVAL,
		.domain = DOMAIN,
		.loop_token = LOOP,
	};
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GBytes) bytes = NULL;
	g_autoptr(GMimeMessage) msg = NULL;
	g_autoptr(GBytes) body = NULL;
	g_autofree char *headers = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *text = NULL;
	GMimeObject *part;
	InternetAddressList *to;

	c = sg_compose_notice(&in, AUTHOR ", koho-sekininsha@" DOMAIN INJECT,
			      "[期限切れ] 承認依頼 " TICKET INJECT,
			      "承認依頼の期限が過ぎました。\n"
			      "必要であれば、投稿案をもう一度お送りください。");
	bytes = sg_composed_to_bytes(c);
	headers = header_block(bytes);
	assert_clean_headers(headers, "Bcc");
	msg = parse(bytes);
	to = g_mime_message_get_to(msg);
	ck_assert_int_eq(internet_address_list_length(to), 2);
	ck_assert_str_eq(internet_address_mailbox_get_addr(
				 INTERNET_ADDRESS_MAILBOX(
					 internet_address_list_get_address(
						 to, 1))),
			 "koho-sekininsha@" DOMAIN);
	subject = g_mime_utils_header_decode_text(
		NULL, g_mime_object_get_header(GMIME_OBJECT(msg), "Subject"));
	ck_assert_str_eq(subject, "[期限切れ] 承認依頼 " TICKET
				  " Bcc: victim@example.com");
	ck_assert_str_eq(g_mime_object_get_header(GMIME_OBJECT(msg),
						  "Auto-Submitted"),
			 "auto-generated");
	ck_assert_ptr_null(g_mime_object_get_header(GMIME_OBJECT(msg),
						    "In-Reply-To"));
	part = g_mime_message_get_mime_part(msg);
	assert_type(part, "text", "plain");
	ck_assert_str_eq(g_mime_object_get_content_type_parameter(part,
								  "charset"),
			 _i == 1 ? "ISO-2022-JP" : "UTF-8");
	if (_i == 1) {
		gsize len = 0;
		const char *data;

		body = part_bytes(part);
		data = g_bytes_get_data(body, &len);
		ck_assert(is_7bit(data, len));
	}
	text = part_text(part);
	ck_assert_str_eq(text, "承認依頼の期限が過ぎました。\n"
			       "必要であれば、投稿案をもう一度お送り"
			       "ください。\n"
			       "\n-- \nSNS投稿承認窓口（自動送信）\n");
}
END_TEST

START_TEST(test_notice_reply)
{
	Fixture fx;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GBytes) bytes = NULL;
	g_autoptr(GMimeMessage) msg = NULL;

	fixture_load(&fx, "request.eml");
	c = sg_compose_notice(&fx.input, AUTHOR, "Re: ご確認ください",
			      "本文の1行目に「承認」とだけ書いて返信して"
			      "ください。");
	bytes = sg_composed_to_bytes(c);
	msg = parse(bytes);
	ck_assert_str_eq(g_mime_object_get_header(GMIME_OBJECT(msg),
						  "In-Reply-To"),
			 "<20260519100035.draft1@city.chiyoda.lg.jp>");
	ck_assert_str_eq(g_mime_object_get_header(GMIME_OBJECT(msg),
						  "X-SNSGate-Loop"),
			 LOOP);
	assert_type(g_mime_message_get_mime_part(msg), "text", "plain");
	fixture_clear(&fx);
}
END_TEST

/* --- header injection -------------------------------------------------- */

static void
assert_not_injected(const Parsed *p)
{
	GMimeHeaderList *list =
		g_mime_object_get_header_list(GMIME_OBJECT(p->msg));

	assert_clean_headers(p->headers, "Bcc");
	ck_assert_ptr_null(g_mime_header_list_get_header(list, "Bcc"));
	ck_assert_int_eq(internet_address_list_length(
				 g_mime_message_get_bcc(p->msg)),
			 0);
	ck_assert(strstr(p->headers, "\nBcc") == NULL);
	ck_assert(strstr(p->headers, "\r\nX-Evil") == NULL);
	/* The text parts have no injected line either. */
	ck_assert(strstr(p->text, "\nBcc:") == NULL);
	ck_assert(strstr(p->html_text, "\nBcc:") == NULL);
}

START_TEST(test_injection_feedback)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autofree char *subject = NULL;
	InternetAddressList *to;

	fixture_load(&fx, "injection.eml");
	/* The draft's subject decodes to "お知らせ\r\nBcc: ...". */
	ck_assert(strstr(sg_draft_get_subject(fx.draft), "Bcc:") != NULL);
	add_finding(&fx, SG_SEVERITY_BLOCK, "5(4)ア" INJECT, SG_PIECE_BODY, 1,
		    1, "本文" INJECT, "理由" INJECT, "対応" INJECT)
		->piece_name = g_strdup("a" INJECT);
	fx.input.author = AUTHOR INJECT;
	fx.input.loop_token = LOOP INJECT;
	fx.input.domain = DOMAIN INJECT;
	fx.account.display_name = (char *)"千代田区公式" INJECT;
	fx.account.platform = (char *)"x" INJECT;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);

	assert_not_injected(&p);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject,
			 "[差戻し] お知らせ Bcc: victim@example.com");
	to = g_mime_message_get_to(p.msg);
	ck_assert_int_eq(internet_address_list_length(to), 1);
	ck_assert_str_eq(internet_address_mailbox_get_addr(
				 INTERNET_ADDRESS_MAILBOX(
					 internet_address_list_get_address(
						 to, 0))),
			 AUTHOR);
	ck_assert(strstr(header(&p, "X-SNSGate-Loop"), " ") == NULL);
	ck_assert(strstr(header(&p, "Message-ID"), " ") == NULL);
	ck_assert(strstr(p.text, "理由: 理由 Bcc: victim@example.com\n")
		  != NULL);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* ASCII subjects are folded, not encoded: a continuation line starts with
 * white space, so "Bcc:" can never start a line. */
START_TEST(test_injection_ascii)
{
	g_autoptr(GString) draft = g_string_new(NULL);
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GError) error = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *b64 = NULL;
	const char *s = "Notice of the summer festival in the park" INJECT
			"\r\nX-Evil: 1";

	b64 = g_base64_encode((const guchar *)s, strlen(s));
	g_string_append_printf(draft,
			       "From: " AUTHOR "\r\nSubject: =?UTF-8?B?%s?=\r\n"
			       "\r\nbody\r\n",
			       b64);
	fixture_load(&fx, "defamation.eml");
	sg_draft_free(fx.draft);
	fx.draft = sg_draft_new_from_data(draft->str, draft->len, NULL,
					  &error);
	ck_assert_ptr_nonnull(fx.draft);
	fx.input.draft = fx.draft;
	fx.input.lang = SG_LANG_EN;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	assert_not_injected(&p);
	subject = decoded_header(&p, "Subject");
	ck_assert_str_eq(subject,
			 "[Returned] Notice of the summer festival in the "
			 "park Bcc: victim@example.com X-Evil: 1");
	ck_assert_ptr_null(header(&p, "X-Evil"));
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

START_TEST(test_injection_request)
{
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	static const char *const bad_officers[] = {
		"koho-sekininsha@" DOMAIN INJECT,
		"victim@example.com, other@example.com",
		"",
		NULL,
	};
	InternetAddressList *to;

	fixture_load(&fx, "injection.eml");
	fx.input.verdict = SG_VERDICT_PASS;
	c = sg_compose_request(&fx.input, TICKET INJECT, REPLY_TO INJECT,
			       MESSAGE_ID INJECT, EXPIRES, bad_officers);
	parsed_load(&p, c);
	assert_not_injected(&p);
	to = g_mime_message_get_to(p.msg);
	ck_assert_int_eq(internet_address_list_length(to), 1);
	ck_assert_str_eq(internet_address_mailbox_get_addr(
				 INTERNET_ADDRESS_MAILBOX(
					 internet_address_list_get_address(
						 to, 0))),
			 "koho-sekininsha@" DOMAIN);
	ck_assert_str_eq(internet_address_mailbox_get_addr(
				 INTERNET_ADDRESS_MAILBOX(
					 internet_address_list_get_address(
						 g_mime_message_get_reply_to(
							 p.msg),
						 0))),
			 REPLY_TO);
	ck_assert_str_eq(header(&p, "Message-ID"), MESSAGE_ID);
	ck_assert(strstr(p.text, "\n承認コード: " TICKET ".q8Zx3vYp\n")
		  != NULL);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* --- SgComposed -------------------------------------------------------- */

START_TEST(test_composed_api)
{
	Fixture fx;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GBytes) bytes = NULL;
	gsize len = 0, body_len = 0;
	const char *data, *body;
	const char *content_type;

	sg_composed_free(NULL);
	fixture_defamation(&fx);
	c = sg_compose_feedback(&fx.input);
	ck_assert_ptr_null(sg_composed_get_header(c, "X-Nothing"));
	content_type = sg_composed_get_header(c, "content-type");
	ck_assert_ptr_nonnull(content_type);
	/* Values are unfolded. */
	for (guint i = 0; i < c->headers->len; i++) {
		const SgHeader *h = g_ptr_array_index(c->headers, i);

		ck_assert(strpbrk(h->value, "\r\n") == NULL);
		ck_assert(strpbrk(h->name, " :\r\n") == NULL);
	}
	ck_assert_str_eq(((const SgHeader *)g_ptr_array_index(c->headers, 0))
				 ->name,
			 "Date");

	/* to_bytes is headers, a blank line and the body, CRLF. */
	bytes = sg_composed_to_bytes(c);
	data = g_bytes_get_data(bytes, &len);
	body = g_bytes_get_data(c->body, &body_len);
	ck_assert_uint_gt(len, body_len);
	ck_assert(memcmp(data + len - body_len, body, body_len) == 0);
	ck_assert(memcmp(data + len - body_len - 4, "\r\n\r\n", 4) == 0);
	for (gsize i = 0; i < len; i++)
		if (data[i] == '\n')
			ck_assert(i > 0 && data[i - 1] == '\r');
	fixture_clear(&fx);
}
END_TEST

/* A long subject: encoded words within 75 characters, lines within 78,
 * cut after 200 characters with an ellipsis. */
START_TEST(test_long_subject)
{
	g_autoptr(GString) draft = g_string_new(NULL);
	g_autoptr(GString) want = g_string_new("[差戻し] ");
	g_autoptr(GString) subject_text = g_string_new(NULL);
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GError) error = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *b64 = NULL;
	g_auto(GStrv) lines = NULL;

	for (int i = 0; i < 30; i++)
		g_string_append(subject_text, "長い件名のテストです");
	b64 = g_base64_encode((const guchar *)subject_text->str,
			      subject_text->len);
	g_string_append_printf(draft,
			       "From: " AUTHOR "\r\nSubject: =?UTF-8?B?%s?=\r\n"
			       "\r\nbody\r\n",
			       b64);
	for (int i = 0; i < 20; i++)
		g_string_append(want, "長い件名のテストです");
	g_string_append(want, "…");

	for (int jis = 0; jis < 2; jis++) {
		fixture_load(&fx, "defamation.eml");
		sg_draft_free(fx.draft);
		fx.draft = sg_draft_new_from_data(draft->str, draft->len, NULL,
						  &error);
		ck_assert_ptr_nonnull(fx.draft);
		fx.input.draft = fx.draft;
		fx.input.iso2022jp = jis;
		c = sg_compose_feedback(&fx.input);
		parsed_load(&p, c);
		assert_clean_headers(p.headers, NULL);
		lines = g_strsplit(p.headers, "\r\n", -1);
		for (guint i = 0; lines[i] != NULL; i++)
			ck_assert_msg(strlen(lines[i]) <= 78, "%s", lines[i]);
		subject = decoded_header(&p, "Subject");
		ck_assert_str_eq(subject, want->str);
		g_clear_pointer(&subject, g_free);
		g_clear_pointer(&lines, g_strfreev);
		g_clear_pointer(&c, sg_composed_free);
		parsed_clear(&p);
		fixture_clear(&fx);
	}
}
END_TEST

/* Subjects as GMime and snsgate's own decoder read them back, in both
 * charsets: plain ASCII words stay plain, the rest is encoded so that no
 * decoder loses a character (GMime joins adjacent base64 words). */
static const struct {
	const char *subject;
	const char *decoded;
	bool gmime_redecodes;	/* GMime decodes the decoded text again */
} subjects[] = {
	{"区民まつりのお知らせ", NULL, false},
	{"a区民まつりのお知らせ区民まつりのお知らせ区民まつりのお知らせ", NULL,
	 false},
	{"Café déjà vu 区民 🎉 émoji😀😀😀😀😀😀😀😀😀😀😀😀😀😀", NULL,
	 false},
	{"ASCII subject with =?utf-8?q?x?= inside", NULL, true},
	{"  spaces   inside\tand tab  ", "spaces inside and tab", false},
	{"①②③ ㈱ abc 区民 def", NULL, false},
	{"ｶﾀｶﾅ 半角 and ～〜 dashes ―", NULL, false},
	{"x", NULL, false},
};

START_TEST(test_subject_encoding)
{
	g_autoptr(GString) draft = g_string_new(NULL);
	g_autofree char *b64 = NULL;
	g_autofree char *want = NULL;
	const char *subject = subjects[_i / 2].subject;
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GError) error = NULL;
	g_autofree char *gmime = NULL;
	g_autofree char *ours = NULL;

	b64 = g_base64_encode((const guchar *)subject, strlen(subject));
	g_string_append_printf(draft,
			       "From: " AUTHOR "\r\nSubject: =?UTF-8?B?%s?=\r\n"
			       "\r\nbody\r\n",
			       b64);
	want = g_strdup_printf("[差戻し] %s", subjects[_i / 2].decoded
						  ? subjects[_i / 2].decoded
						  : subject);
	fixture_load(&fx, "defamation.eml");
	sg_draft_free(fx.draft);
	fx.draft = sg_draft_new_from_data(draft->str, draft->len, NULL,
					  &error);
	ck_assert_ptr_nonnull(fx.draft);
	fx.input.draft = fx.draft;
	fx.input.iso2022jp = _i % 2;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	assert_clean_headers(p.headers, NULL);
	gmime = decoded_header(&p, "Subject");
	if (!subjects[_i / 2].gmime_redecodes)
		ck_assert_str_eq(gmime, want);
	/* The raw header keeps the literal "=?" inside an encoded word. */
	ck_assert(strstr(sg_composed_get_header(c, "Subject"), "=?utf-8?q?")
		  == NULL);
	ours = sg_charset_decode_header(sg_composed_get_header(c, "Subject"),
					NULL);
	ck_assert_str_eq(ours, want);
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* A 100 KB draft with 250 findings: the report shows the first 64 KB and
 * 200 findings, says so, and still attaches the whole draft. */
START_TEST(test_limits)
{
	g_autoptr(GString) draft = g_string_new(
		"From: " AUTHOR "\r\nSubject: big\r\n"
		"Content-Type: text/plain; charset=UTF-8\r\n"
		"Content-Transfer-Encoding: 8bit\r\n\r\n");
	g_autoptr(GBytes) raw = NULL;
	g_autoptr(GBytes) attached = NULL;
	g_autoptr(GError) error = NULL;
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	guint marks = 0;

	for (int i = 0; i < 2000; i++)
		g_string_append_printf(draft,
				       "%04d 区民の皆さまへのお知らせです。\r\n",
				       i);
	raw = g_bytes_new(draft->str, draft->len);
	fixture_load(&fx, "defamation.eml");
	sg_draft_free(fx.draft);
	fx.draft = sg_draft_new_from_data(draft->str, draft->len, NULL,
					  &error);
	ck_assert_ptr_nonnull(fx.draft);
	fx.input.draft = fx.draft;
	fx.input.original = raw;
	for (guint i = 0; i < 250; i++)
		add_finding(&fx, SG_SEVERITY_WARN, "5(3)", SG_PIECE_BODY,
			    i * 8 + 1, 6, "区民", "確認してください。", NULL);
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	ck_assert(strstr(p.text, "[200] 注意") != NULL);
	ck_assert(strstr(p.text, "[201]") == NULL);
	ck_assert(strstr(p.text, "ほか 50 件の指摘は省略しました。") != NULL);
	ck_assert(strstr(p.text, "判定: 差戻し（注意 250 件）") != NULL);
	ck_assert(strstr(p.html_text, "（以下省略。全文は添付の投稿案をご覧"
				      "ください）")
		  != NULL);
	ck_assert(strstr(p.html_text, "1500 区民") == NULL);
	for (const char *m = p.html_text; (m = strstr(m, "<mark")) != NULL;
	     m++)
		marks++;
	/* Line 1 + 8k for k < 200 while within the first 64 KB. */
	ck_assert_uint_gt(marks, 100);
	ck_assert_uint_le(marks, 200);
	attached = raw_attachment(&p);
	ck_assert(g_bytes_equal(attached, raw));
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

/* Bidi overrides (Trojan Source) and controls in the draft never reach the
 * report; a 7bit ISO-2022-JP part never carries an ESC from the draft. */
START_TEST(test_controls)
{
	static const char draft[] =
		"From: " AUTHOR "\r\n"
		"Subject: =?UTF-8?B?5Lu25ZCN4oCu6YCG?=\r\n"
		"Content-Type: text/plain; charset=UTF-8\r\n"
		"Content-Transfer-Encoding: 8bit\r\n"
		"\r\n"
		"\xe6\x9c\xac\xe6\x96\x87\x1b$B\x01\xe2\x80\xae\r\n";
	Fixture fx;
	Parsed p;
	g_autoptr(SgComposed) c = NULL;
	g_autoptr(GBytes) raw = g_bytes_new_static(draft, strlen(draft));
	g_autoptr(GError) error = NULL;
	g_autoptr(GBytes) html = NULL;
	gsize len = 0;
	const char *data;

	fixture_load(&fx, "defamation.eml");
	sg_draft_free(fx.draft);
	fx.draft = sg_draft_new_from_data(draft, strlen(draft), NULL, &error);
	ck_assert_ptr_nonnull(fx.draft);
	fx.input.draft = fx.draft;
	fx.input.original = raw;
	fx.input.iso2022jp = true;
	c = sg_compose_feedback(&fx.input);
	parsed_load(&p, c);
	ck_assert(strstr(p.text, "\xe2\x80\xae") == NULL);
	ck_assert(strstr(p.html_text, "\xe2\x80\xae") == NULL);
	ck_assert(strstr(p.html_text, "\x1b") == NULL);
	ck_assert(strstr(p.html_text, "本文$B") != NULL);
	ck_assert_str_eq(g_mime_object_get_content_type_parameter(p.html,
								  "charset"),
			 "ISO-2022-JP");
	html = part_bytes(p.html);
	data = g_bytes_get_data(html, &len);
	ck_assert(is_7bit(data, len));
	parsed_clear(&p);
	fixture_clear(&fx);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("compose");
	TCase *feedback = tcase_create("feedback");
	TCase *original = tcase_create("original");
	TCase *jis = tcase_create("iso2022jp");
	TCase *request = tcase_create("request");
	TCase *inject = tcase_create("injection");
	TCase *api = tcase_create("api");
	SRunner *sr;
	int failed;

	g_mime_init();

	tcase_add_test(feedback, test_feedback_headers);
	tcase_add_test(feedback, test_feedback_parts);
	tcase_add_test(feedback, test_feedback_whole);
	tcase_add_test(feedback, test_feedback_english);
	tcase_add_test(feedback, test_feedback_escape);
	tcase_add_test(feedback, test_feedback_highlights);
	tcase_add_test(feedback, test_feedback_not_blocked);
	suite_add_tcase(s, feedback);

	tcase_add_loop_test(original, test_original_exact, 0,
			    G_N_ELEMENTS(exact_fixtures));
	tcase_add_test(original, test_original_lf);
	tcase_add_test(original, test_original_encoding);
	suite_add_tcase(s, original);

	tcase_add_test(jis, test_iso2022jp);
	tcase_add_test(jis, test_iso2022jp_fallback);
	tcase_add_test(jis, test_iso2022jp_per_part);
	suite_add_tcase(s, jis);

	tcase_add_test(request, test_request_headers);
	tcase_add_test(request, test_request_body);
	tcase_add_test(request, test_request_english);
	tcase_add_test(request, test_request_mailto);
	tcase_add_test(request, test_request_mailto_url_subject);
	tcase_add_test(request, test_release);
	tcase_add_test(request, test_rejection);
	tcase_add_loop_test(request, test_notice, 0, 2);
	tcase_add_test(request, test_notice_reply);
	suite_add_tcase(s, request);

	tcase_add_test(inject, test_injection_feedback);
	tcase_add_test(inject, test_injection_ascii);
	tcase_add_test(inject, test_injection_request);
	suite_add_tcase(s, inject);

	tcase_add_test(api, test_composed_api);
	tcase_add_test(api, test_long_subject);
	tcase_add_loop_test(api, test_subject_encoding, 0,
			    2 * G_N_ELEMENTS(subjects));
	tcase_add_test(api, test_controls);
	tcase_add_test(api, test_limits);
	suite_add_tcase(s, api);

	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
