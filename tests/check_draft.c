/* Check suite for draft.c: every fixture in tests/data/draft/ is parsed and
 * compared, item by item, with its .expected key file (written by
 * make-fixtures.py from the text the sender typed, not from our output).
 * Further cases cover the limits, input that is not a message, header
 * lookup, and a stress run that feeds the parser truncated, corrupted and
 * generated messages and checks the invariants every draft must keep
 * (valid UTF-8, offsets inside their piece, no crash).  The parser takes
 * whole messages, so there is no chunked feeding to test here.
 */
#include "config.h"

#include <snsgate/draft.h>

#include <check.h>
#include <gmime/gmime.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const char *const fixtures[] = {
	"outlook-cp50220",
	"sjis-cp932",
	"eucjp-cp51932",
	"eucjp-plain",
	"utf8-base64",
	"utf8-qp",
	"utf8-8bit-lf",
	"raw-cp932-subject",
	"split-subject",
	"flowed-delsp",
	"flowed-plain",
	"unlabelled-jis",
	"unlabelled-sjis",
	"mislabelled",
	"alternative",
	"html-only",
	"mixed-attachments",
	"forwarded-message",
	"invalid-base64",
	"broken-iso2022jp",
};

static void
setup(void)
{
	g_mime_init();
}

static SgDraft *
parse_fixture(const char *name, const SgDraftLimits *limits, GError **error)
{
	g_autofree char *rel = g_strdup_printf("draft/%s.eml", name);
	g_autoptr(GBytes) bytes = sg_test_read_data(rel);
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);

	return sg_draft_new_from_data(data, len, limits, error);
}

static GKeyFile *
load_expected(const char *name)
{
	g_autofree char *rel = g_strdup_printf("draft/%s.expected", name);
	g_autofree char *path = sg_test_data_path(rel);
	g_autoptr(GError) error = NULL;
	GKeyFile *kf = g_key_file_new();

	if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &error))
		ck_abort_msg("%s: %s", path, error->message);
	return kf;
}

static char *
want_str(GKeyFile *kf, const char *group, const char *key)
{
	g_autoptr(GError) error = NULL;
	char *value = g_key_file_get_string(kf, group, key, &error);

	ck_assert_msg(value != NULL, "[%s] %s: %s", group, key,
		      error != NULL ? error->message : "missing");
	return value;
}

static gint64
want_int(GKeyFile *kf, const char *group, const char *key)
{
	g_autofree char *value = want_str(kf, group, key);

	return g_ascii_strtoll(value, NULL, 10);
}

static const char *
kind_name(SgPieceKind kind)
{
	switch (kind) {
	case SG_PIECE_SUBJECT:
		return "subject";
	case SG_PIECE_BODY:
		return "body";
	case SG_PIECE_ATTACHMENT:
		return "attachment";
	}
	return "?";
}

#define ck_assert_text(name, what, got, want)                                  \
	ck_assert_msg(g_strcmp0((got), (want)) == 0,                          \
		      "%s: %s\n got: %s\nwant: %s", (name), (what), (got),     \
		      (want))

/* The invariants every draft keeps, whatever it was fed. */
static void
check_invariants(const SgDraft *draft)
{
	GPtrArray *pieces = sg_draft_get_pieces(draft);
	GPtrArray *links = sg_draft_get_links(draft);
	GPtrArray *notes = sg_draft_get_notes(draft);
	GPtrArray *atts = sg_draft_get_attachments(draft);

	ck_assert_uint_ge(pieces->len, 1);
	ck_assert_int_eq(((SgTextPiece *)pieces->pdata[0])->kind,
			 SG_PIECE_SUBJECT);
	ck_assert_str_eq(sg_draft_get_subject(draft),
			 ((SgTextPiece *)pieces->pdata[0])->text);
	for (guint i = 0; i < pieces->len; i++) {
		const SgTextPiece *p = pieces->pdata[i];

		ck_assert_ptr_nonnull(p->text);
		ck_assert_uint_eq(strlen(p->text), p->len);
		ck_assert_uint_le(p->post_len, p->len);
		ck_assert_msg(g_utf8_validate(p->text, -1, NULL),
			      "piece %u is not UTF-8", i);
		ck_assert_ptr_null(strchr(p->text, '\r'));
	}
	for (guint i = 0; i < links->len; i++) {
		const SgLink *l = links->pdata[i];
		const SgTextPiece *p;

		ck_assert_uint_lt(l->piece, pieces->len);
		p = pieces->pdata[l->piece];
		ck_assert_uint_le(l->offset + l->length, p->len);
		if (l->text != NULL)
			ck_assert_int_eq(strncmp(p->text + l->offset, l->text,
						 l->length), 0);
		if (i > 0) {
			const SgLink *prev = links->pdata[i - 1];

			ck_assert(prev->piece < l->piece ||
				  (prev->piece == l->piece &&
				   prev->offset <= l->offset));
		}
	}
	for (guint i = 0; i < notes->len; i++) {
		const char *note = notes->pdata[i];

		ck_assert_msg(g_utf8_validate(note, -1, NULL), "note %u", i);
		ck_assert_ptr_null(strchr(note, '\n'));
	}
	for (guint i = 0; i < atts->len; i++) {
		const SgAttachment *a = atts->pdata[i];

		ck_assert_ptr_nonnull(a->mime_type);
		/* What is kept of the content is never more than it. */
		ck_assert_uint_ge(a->size, g_bytes_get_size(a->data));
		if (a->filename != NULL)
			ck_assert(g_utf8_validate(a->filename, -1, NULL));
	}
}

static void
compare_piece(const char *name, GKeyFile *kf, guint i, const SgTextPiece *p)
{
	g_autofree char *group = g_strdup_printf("piece%u", i);
	g_autofree char *kind = want_str(kf, group, "kind");
	g_autofree char *text = want_str(kf, group, "text");
	g_autofree char *charset = want_str(kf, group, "charset");
	g_autofree char *what = g_strdup_printf("%s text", group);

	ck_assert_text(name, group, kind_name(p->kind), kind);
	ck_assert_text(name, what, p->text, text);
	ck_assert_text(name, group, p->charset, charset);
	if (p->kind == SG_PIECE_SUBJECT) {
		ck_assert_ptr_null(p->mime_type);
		ck_assert_uint_eq(p->post_len, p->len);
		return;
	}
	{
		g_autofree char *mime = want_str(kf, group, "mime-type");
		g_autofree char *pname = g_key_file_get_string(kf, group,
							      "name", NULL);

		ck_assert_text(name, group, p->mime_type, mime);
		ck_assert_text(name, group, p->name, pname);
	}
	ck_assert_msg(p->alternative == want_int(kf, group, "alternative"),
		      "%s: %s alternative %u", name, group, p->alternative);
	ck_assert_msg(p->post_len == (gsize)want_int(kf, group, "post-len"),
		      "%s: %s post_len %" G_GSIZE_FORMAT, name, group,
		      p->post_len);
}

static void
compare_link(const char *name, GKeyFile *kf, guint i, const SgLink *l)
{
	g_autofree char *group = g_strdup_printf("link%u", i);
	g_autofree char *href = want_str(kf, group, "href");
	g_autofree char *text = g_key_file_get_string(kf, group, "text", NULL);

	ck_assert_text(name, group, l->href, href);
	ck_assert_text(name, group, l->text, text);
	ck_assert_msg(l->piece == want_int(kf, group, "piece") &&
			      l->offset == (gsize)want_int(kf, group,
							   "offset") &&
			      l->length == (gsize)want_int(kf, group,
							   "length"),
		      "%s: %s at piece %u offset %" G_GSIZE_FORMAT
		      " length %" G_GSIZE_FORMAT,
		      name, group, l->piece, l->offset, l->length);
}

static void
compare_attachment(const char *name, GKeyFile *kf, guint i,
		   const SgAttachment *a)
{
	g_autofree char *group = g_strdup_printf("attachment%u", i);
	g_autofree char *filename = g_key_file_get_string(kf, group,
							 "filename", NULL);
	g_autofree char *mime = want_str(kf, group, "mime-type");
	g_autofree char *sha = want_str(kf, group, "sha256");
	g_autofree char *got_sha = g_compute_checksum_for_bytes(
		G_CHECKSUM_SHA256, a->data);

	ck_assert_text(name, group, a->filename, filename);
	ck_assert_text(name, group, a->mime_type, mime);
	ck_assert_msg(a->size == (gsize)want_int(kf, group, "size"),
		      "%s: %s size %" G_GSIZE_FORMAT, name, group, a->size);
	ck_assert_text(name, group, got_sha, sha);
}

static void
compare_message(const char *name, GKeyFile *kf, const SgDraft *draft)
{
	GPtrArray *pieces = sg_draft_get_pieces(draft);
	GPtrArray *links = sg_draft_get_links(draft);
	GPtrArray *atts = sg_draft_get_attachments(draft);
	GPtrArray *notes = sg_draft_get_notes(draft);
	GPtrArray *rcpts = sg_draft_get_recipients(draft);
	g_autofree char *subject = want_str(kf, "message", "subject");
	g_autofree char *from = want_str(kf, "message", "from");
	g_auto(GStrv) want_rcpts = g_key_file_get_string_list(
		kf, "message", "recipients", NULL, NULL);
	g_auto(GStrv) want_notes = g_key_file_get_string_list(
		kf, "message", "notes", NULL, NULL);
	GDateTime *date = sg_draft_get_date(draft);

	ck_assert_text(name, "subject", sg_draft_get_subject(draft), subject);
	ck_assert_text(name, "from", sg_draft_get_from(draft), from);
	ck_assert_uint_eq(rcpts->len, g_strv_length(want_rcpts));
	for (guint i = 0; i < rcpts->len; i++)
		ck_assert_text(name, "recipient", (char *)rcpts->pdata[i],
			       want_rcpts[i]);
	ck_assert_ptr_nonnull(date);
	ck_assert_int_eq(g_date_time_to_unix(date),
			 want_int(kf, "message", "date"));

	ck_assert_msg(pieces->len == want_int(kf, "message", "n-pieces"),
		      "%s: %u pieces", name, pieces->len);
	ck_assert_msg(links->len == want_int(kf, "message", "n-links"),
		      "%s: %u links", name, links->len);
	ck_assert_msg(atts->len == want_int(kf, "message", "n-attachments"),
		      "%s: %u attachments", name, atts->len);
	if (notes->len != want_int(kf, "message", "n-notes")) {
		g_autofree char *all = NULL;

		g_ptr_array_add(notes, NULL);
		all = g_strjoinv(" | ", (char **)notes->pdata);
		g_ptr_array_remove_index(notes, notes->len - 1);
		ck_abort_msg("%s: %u notes: %s", name, notes->len, all);
	}
	for (guint i = 0; want_notes[i] != NULL; i++) {
		bool found = false;

		for (guint j = 0; j < notes->len && !found; j++)
			found = strstr(notes->pdata[j], want_notes[i]) != NULL;
		ck_assert_msg(found, "%s: no note with \"%s\"", name,
			      want_notes[i]);
	}
	for (guint i = 0; i < pieces->len; i++)
		compare_piece(name, kf, i, pieces->pdata[i]);
	for (guint i = 0; i < links->len; i++)
		compare_link(name, kf, i, links->pdata[i]);
	for (guint i = 0; i < atts->len; i++)
		compare_attachment(name, kf, i, atts->pdata[i]);
}

START_TEST(test_fixture)
{
	const char *name = fixtures[_i];
	g_autoptr(GKeyFile) kf = load_expected(name);
	g_autoptr(GError) error = NULL;
	SgDraft *draft = parse_fixture(name, NULL, &error);

	ck_assert_msg(draft != NULL, "%s: %s", name,
		      error != NULL ? error->message : "?");
	check_invariants(draft);
	compare_message(name, kf, draft);
	sg_draft_free(draft);
}
END_TEST

/* A fixture written by make-fixtures.py but missing from the table would
 * silently go untested. */
START_TEST(test_every_fixture_listed)
{
	g_autofree char *dir = sg_test_data_path("draft");
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *entry;
	guint n = 0;

	ck_assert_ptr_nonnull(d);
	while ((entry = g_dir_read_name(d)) != NULL) {
		g_autofree char *base = NULL;
		bool listed = false;

		if (!g_str_has_suffix(entry, ".eml"))
			continue;
		base = g_strndup(entry, strlen(entry) - 4);
		for (gsize i = 0; i < G_N_ELEMENTS(fixtures) && !listed; i++)
			listed = strcmp(fixtures[i], base) == 0;
		ck_assert_msg(listed, "%s is not in check_draft.c", entry);
		n++;
	}
	ck_assert_uint_eq(n, G_N_ELEMENTS(fixtures));
}
END_TEST

START_TEST(test_header_lookup)
{
	g_autoptr(GError) error = NULL;
	SgDraft *draft = parse_fixture("outlook-cp50220", NULL, &error);

	ck_assert_ptr_nonnull(draft);
	ck_assert_str_eq(sg_draft_get_header(draft, "x-mailer"),
			 "Microsoft Outlook 16.0");
	ck_assert_str_eq(sg_draft_get_header(draft, "Content-Type"),
			 "text/plain; charset=\"iso-2022-jp\"");
	/* Raw: encoded words stay encoded, folding is undone. */
	ck_assert(g_str_has_prefix(sg_draft_get_header(draft, "SUBJECT"),
				   "=?ISO-2022-JP?B?GyRCIVobKEJGQhskQjdHOlw"
				   "wTU1qIVsbKEI=?= =?ISO-2022-JP?B?"));
	ck_assert_ptr_null(sg_draft_get_header(draft, "X-Absent"));
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_limit_bytes)
{
	SgDraftLimits limits = {.max_message_bytes = 100};
	g_autoptr(GError) error = NULL;
	SgDraft *draft = parse_fixture("utf8-qp", &limits, &error);

	ck_assert_ptr_null(draft);
	ck_assert(g_error_matches(error, SG_DRAFT_ERROR,
				  SG_DRAFT_ERROR_LIMIT));
}
END_TEST

#define SG_BYTES(s) {(s), sizeof(s) - 1}

static const struct {
	const char *data;
	gsize len;
} not_messages[] = {
	SG_BYTES(""),
	SG_BYTES("hello world\n"),
	SG_BYTES("\x00\x01\x02 binary\n\nbody"),
};

START_TEST(test_not_a_message)
{
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(not_messages[_i].data,
						not_messages[_i].len, NULL,
						&error);

	ck_assert_ptr_null(draft);
	ck_assert(g_error_matches(error, SG_DRAFT_ERROR,
				  SG_DRAFT_ERROR_PARSE));
}
END_TEST

/* A multipart nested @depth deep around one text part. */
static char *
nested_message(guint depth)
{
	GString *s = g_string_new("From: a@example.jp\nTo: b@example.jp\n"
				  "Subject: nested\nMIME-Version: 1.0\n");

	for (guint i = 0; i < depth; i++)
		g_string_append_printf(s,
				       "Content-Type: multipart/mixed; "
				       "boundary=\"b%u\"\n\n--b%u\n",
				       i, i);
	g_string_append(s, "Content-Type: text/plain; charset=UTF-8\n\n"
			   "奥の本文\n");
	for (guint i = depth; i-- > 0;)
		g_string_append_printf(s, "--b%u--\n", i);
	return g_string_free(s, FALSE);
}

START_TEST(test_limit_depth)
{
	g_autofree char *msg = nested_message(6);
	SgDraftLimits limits = {.max_depth = 3};
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(msg, strlen(msg), &limits,
						&error);
	GPtrArray *notes;

	ck_assert_ptr_nonnull(draft);
	ck_assert_uint_eq(sg_draft_get_pieces(draft)->len, 1);
	notes = sg_draft_get_notes(draft);
	ck_assert_uint_eq(notes->len, 1);
	ck_assert_str_eq(notes->pdata[0], "MIME nesting deeper than 3 levels: "
					  "inner parts were not read");
	sg_draft_free(draft);

	limits.max_depth = 7;
	draft = sg_draft_new_from_data(msg, strlen(msg), &limits, &error);
	ck_assert_ptr_nonnull(draft);
	ck_assert_uint_eq(sg_draft_get_pieces(draft)->len, 2);
	ck_assert_str_eq(((SgTextPiece *)sg_draft_get_pieces(draft)->pdata[1])
				 ->text,
			 "奥の本文");
	ck_assert_uint_eq(sg_draft_get_notes(draft)->len, 0);
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_limit_parts)
{
	GString *s = g_string_new("From: a@example.jp\nSubject: parts\n"
				  "MIME-Version: 1.0\nContent-Type: "
				  "multipart/mixed; boundary=x\n\n");
	SgDraftLimits limits = {.max_parts = 5};
	g_autoptr(GError) error = NULL;
	g_autofree char *msg = NULL;
	SgDraft *draft;
	GPtrArray *notes;

	for (guint i = 0; i < 20; i++)
		g_string_append_printf(s, "--x\nContent-Type: "
					  "application/octet-stream\n"
					  "Content-Disposition: attachment; "
					  "filename=f%u.bin\n\n%u\n",
				       i, i);
	g_string_append(s, "--x--\n");
	msg = g_string_free(s, FALSE);
	draft = sg_draft_new_from_data(msg, strlen(msg), &limits, &error);
	ck_assert_ptr_nonnull(draft);
	ck_assert_uint_eq(sg_draft_get_attachments(draft)->len, 5);
	ck_assert_str_eq(((SgAttachment *)sg_draft_get_attachments(draft)
				  ->pdata[4])
				 ->filename,
			 "f4.bin");
	notes = sg_draft_get_notes(draft);
	ck_assert_uint_eq(notes->len, 1);
	ck_assert_str_eq(notes->pdata[0],
			 "more than 5 MIME parts: the rest were not read");
	sg_draft_free(draft);
}
END_TEST

/* Every prefix (in steps) and random corruptions of every fixture: the
 * parser either refuses the input or returns a draft that keeps every
 * invariant.  Seeded, so a failure reproduces. */
START_TEST(test_stress_fixtures)
{
	g_autoptr(GRand) rand = g_rand_new_with_seed(20260401);

	for (gsize f = 0; f < G_N_ELEMENTS(fixtures); f++) {
		g_autofree char *rel = g_strdup_printf("draft/%s.eml",
						       fixtures[f]);
		g_autoptr(GBytes) bytes = sg_test_read_data(rel);
		gsize len = 0;
		const char *data = g_bytes_get_data(bytes, &len);
		g_autofree char *copy = g_memdup2(data, len);

		for (gsize cut = 0; cut <= len; cut += 13) {
			SgDraft *d = sg_draft_new_from_data(data, cut, NULL,
							    NULL);

			if (d != NULL)
				check_invariants(d);
			sg_draft_free(d);
		}
		for (guint round = 0; round < 40; round++) {
			SgDraft *d;

			memcpy(copy, data, len);
			for (guint k = 0; k < 1 + round % 8; k++)
				copy[g_rand_int_range(rand, 0, (gint32)len)] =
					(char)g_rand_int_range(rand, 0, 256);
			d = sg_draft_new_from_data(copy, len, NULL, NULL);
			if (d != NULL)
				check_invariants(d);
			sg_draft_free(d);
		}
	}
}
END_TEST

/* Words for generated drafts, in each encoding the way Windows writes it
 * (CP932 with IBM extension codes, CP51932, CP50220/50221 with each word
 * starting and ending in ASCII), produced by make-fixtures.py's encoders. */
typedef struct {
	const char *utf8;
	const char *cp932;
	const char *eucjp;
	const char *iso2022jp;
} SgWord;

static const SgWord words[] = {
	{"①", "\x87\x40", "\xad\xa1",
	 "\x1b\x24\x42\x2d\x21\x1b\x28\x42"},
	{"㈱", "\x87\x8a", "\xad\xea",
	 "\x1b\x24\x42\x2d\x6a\x1b\x28\x42"},
	{"～", "\x81\x60", "\xa1\xc1",
	 "\x1b\x24\x42\x21\x41\x1b\x28\x42"},
	{"髙", "\xfb\xfc", "\xfc\xe2",
	 "\x1b\x24\x42\x7c\x62\x1b\x28\x42"},
	{"﨑", "\xfa\xb1", "\xf9\xf5",
	 "\x1b\x24\x42\x79\x75\x1b\x28\x42"},
	{"区役所", "\x8b\xe6\x96\xf0\x8f\x8a", "\xb6\xe8\xcc\xf2\xbd\xea",
	 "\x1b\x24\x42\x36\x68\x4c\x72\x3d\x6a\x1b\x28\x42"},
	{"お知らせ", "\x82\xa8\x92\x6d\x82\xe7\x82\xb9",
	 "\xa4\xaa\xc3\xce\xa4\xe9\xa4\xbb",
	 "\x1b\x24\x42\x24\x2a\x43\x4e\x24\x69\x24\x3b\x1b\x28\x42"},
	{"ABC", "\x41\x42\x43", "\x41\x42\x43",
	 "\x41\x42\x43"},
	{" ", "\x20", "\x20",
	 "\x20"},
	{"防災", "\x96\x68\x8d\xd0", "\xcb\xc9\xba\xd2",
	 "\x1b\x24\x42\x4b\x49\x3a\x52\x1b\x28\x42"},
	{"カタカナ", "\x83\x4a\x83\x5e\x83\x4a\x83\x69",
	 "\xa5\xab\xa5\xbf\xa5\xab\xa5\xca",
	 "\x1b\x24\x42\x25\x2b\x25\x3f\x25\x2b\x25\x4a\x1b\x28\x42"},
	{"、", "\x81\x41", "\xa1\xa2",
	 "\x1b\x24\x42\x21\x22\x1b\x28\x42"},
	{"。", "\x81\x42", "\xa1\xa3",
	 "\x1b\x24\x42\x21\x23\x1b\x28\x42"},
	{"2026", "\x32\x30\x32\x36", "\x32\x30\x32\x36",
	 "\x32\x30\x32\x36"},
	{"年", "\x94\x4e", "\xc7\xaf",
	 "\x1b\x24\x42\x47\x2f\x1b\x28\x42"},
	{"ｶﾅ", "\xb6\xc5", "\x8e\xb6\x8e\xc5",
	 "\x1b\x28\x49\x36\x45\x1b\x28\x42"},
};

static const char *
word_bytes(const SgWord *w, guint charset)
{
	switch (charset) {
	case 1:
		return w->cp932;
	case 2:
		return w->eucjp;
	case 3:
		return w->iso2022jp;
	default:
		return w->utf8;
	}
}

/* Many generated drafts, subject and body in each encoding: every one must
 * come back exactly as written, with no parse note. */
START_TEST(test_many_messages)
{
	static const char *const charsets[] = {
		"UTF-8", "Shift_JIS", "EUC-JP", "ISO-2022-JP",
	};
	g_autoptr(GRand) rand = g_rand_new_with_seed(7);

	for (guint n = 0; n < 600; n++) {
		guint cs = n % G_N_ELEMENTS(charsets);
		g_autoptr(GString) text = g_string_new(NULL);
		g_autoptr(GString) enc = g_string_new(NULL);
		g_autofree char *b64 = NULL;
		g_autofree char *msg = NULL;
		g_autoptr(GError) error = NULL;
		SgDraft *d;
		const SgTextPiece *body;

		for (guint k = 0; k < 1 + n % 23; k++) {
			const SgWord *w = &words[g_rand_int_range(
				rand, 0, G_N_ELEMENTS(words))];

			g_string_append(text, w->utf8);
			g_string_append(enc, word_bytes(w, cs));
		}
		b64 = g_base64_encode((const guchar *)enc->str, enc->len);
		msg = g_strdup_printf("From: a@example.jp\n"
				      "Subject: =?%s?B?%s?=\n"
				      "MIME-Version: 1.0\n"
				      "Content-Type: text/plain; charset=%s\n"
				      "Content-Transfer-Encoding: base64\n\n"
				      "%s\n",
				      charsets[cs], b64, charsets[cs], b64);
		d = sg_draft_new_from_data(msg, strlen(msg), NULL, &error);
		ck_assert_msg(d != NULL, "%u: %s", n,
			      error != NULL ? error->message : "?");
		check_invariants(d);
		body = sg_draft_get_pieces(d)->pdata[1];
		ck_assert_text(charsets[cs], "body", body->text, text->str);
		/* Header decoding strips the ends; bodies keep them. */
		g_strstrip(text->str);
		ck_assert_text(charsets[cs], "subject",
			       sg_draft_get_subject(d), text->str);
		ck_assert_uint_eq(sg_draft_get_notes(d)->len, 0);
		sg_draft_free(d);
	}
}
END_TEST

static Suite *
draft_suite(void)
{
	Suite *s = suite_create("draft");
	TCase *tc = tcase_create("fixtures");

	tcase_add_unchecked_fixture(tc, setup, NULL);
	tcase_add_loop_test(tc, test_fixture, 0, G_N_ELEMENTS(fixtures));
	tcase_add_test(tc, test_every_fixture_listed);
	suite_add_tcase(s, tc);

	tc = tcase_create("api");
	tcase_add_unchecked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_header_lookup);
	tcase_add_test(tc, test_limit_bytes);
	tcase_add_loop_test(tc, test_not_a_message, 0,
			    G_N_ELEMENTS(not_messages));
	tcase_add_test(tc, test_limit_depth);
	tcase_add_test(tc, test_limit_parts);
	suite_add_tcase(s, tc);

	tc = tcase_create("stress");
	tcase_add_unchecked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_stress_fixtures);
	tcase_add_test(tc, test_many_messages);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(draft_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
