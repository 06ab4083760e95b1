/* A draft post: one e-mail message parsed into the text pieces, links,
 * attachments and parse notes that the rules check.
 *
 * GMime parses the MIME structure and undoes the content-transfer-encoding;
 * every byte of text is then converted to UTF-8 by charset.c (ICU), never by
 * GMime's charset filter, which garbles CP50220, CP932 and CP51932 without a
 * word (DESIGN §3).  HTML becomes text through libxml2's HTML parser, fed
 * UTF-8 that we converted ourselves, so a lying <meta charset> is ignored.
 * Anything odd in the mail (a wrong label, invalid base64, a broken escape
 * sequence, too many parts) becomes an English one-line parse note; only an
 * input that is not a message at all, or one over the size limit, is an
 * error.  Every quantity the sender controls is bounded by SgDraftLimits,
 * parse notes by SG_DRAFT_MAX_NOTES, and the work per part, address and
 * link stays linear (hostile drafts carry tens of thousands of them).  NUL
 * bytes, never legal in mail, are read as spaces so they cannot cut a
 * header or a boundary short.
 * A message/rfc822 part is listed as an attachment and its subject and text
 * parts become attachment pieces: the release carries it to the officer and
 * the publisher, so its text is checked like any other attachment's, never
 * taken for the draft's body.  The parser keeps no state between calls;
 * g_mime_init() must have been called once (main() does it), and a built
 * SgDraft is immutable and may be read from several threads.
 */
#include "config.h"

#include <snsgate/draft.h>

#include <snsgate/charset.h>
#include <snsgate/gmime-auto.h>
#include <snsgate/stream-bytes.h>

#include "draft-private.h"

#include <limits.h>
#include <string.h>


G_DEFINE_QUARK(sg-draft-error-quark, sg_draft_error)

#define SG_DRAFT_DEFAULT_MAX_BYTES (25 * 1024 * 1024)
#define SG_DRAFT_DEFAULT_MAX_DEPTH 32
#define SG_DRAFT_DEFAULT_MAX_PARTS 500

/* A note quotes at most this much of what the sender wrote. */
#define SG_NOTE_ITEM_MAX 80

/* RFC 2231 continuations we follow before giving up on a parameter. */
#define SG_PARAM_MAX_SEGMENTS 64

/* Distinct parse notes kept per draft.  A hostile message can raise one
 * note per header (100,000 duplicated header names in 25 MB); the report
 * needs a handful, and an unbounded list costs quadratic time to dedupe
 * and megabytes of JSON. */
#define SG_DRAFT_MAX_NOTES 100
/* Bytes read at a time from an attachment's content. */
#define SG_DECODE_CHUNK (64 * 1024)

typedef struct {
	char *name;
	char *value;		/* raw, unfolded, trimmed */
} SgHeader;

struct _SgDraft {
	GPtrArray *pieces;	/* SgTextPiece *, subject first */
	GPtrArray *links;	/* SgLink * */
	GPtrArray *attachments;	/* SgAttachment * */
	GPtrArray *notes;	/* char * */
	GPtrArray *recipients;	/* char * */
	GPtrArray *headers;	/* SgHeader *, top level, in order */
	char *from;
	GDateTime *date;
};

/* A piece while the draft is being built, with the links found in it. */
typedef struct {
	SgTextPiece *piece;
	GPtrArray *links;	/* SgLink *, piece index not yet known */
} SgPieceBuild;

typedef struct {
	SgDraft *draft;
	SgDraftLimits limits;
	GHashTable *note_set;	/* the notes' texts, borrowed from notes */
	bool notes_full;	/* SG_DRAFT_MAX_NOTES reached */
	GPtrArray *bodies;	/* SgPieceBuild * */
	GPtrArray *text_attachments;	/* SgPieceBuild * */
	guint leaves;		/* leaf parts seen */
	bool over_parts;
	bool over_depth;
	const char *enclosing;	/* name of the message/rfc822 being read */
} SgBuilder;

/* --- small helpers -------------------------------------------------------- */

static void
text_piece_free(SgTextPiece *piece)
{
	if (piece == NULL)
		return;
	g_clear_pointer(&piece->name, g_free);
	g_clear_pointer(&piece->mime_type, g_free);
	g_clear_pointer(&piece->charset, g_free);
	g_clear_pointer(&piece->text, g_free);
	g_free(piece);
}

static void
link_free(SgLink *link)
{
	if (link == NULL)
		return;
	g_clear_pointer(&link->href, g_free);
	g_clear_pointer(&link->text, g_free);
	g_free(link);
}

static void
attachment_free(SgAttachment *att)
{
	if (att == NULL)
		return;
	g_clear_pointer(&att->filename, g_free);
	g_clear_pointer(&att->mime_type, g_free);
	g_clear_pointer(&att->data, g_bytes_unref);
	g_free(att);
}

static void
header_free(SgHeader *header)
{
	if (header == NULL)
		return;
	g_clear_pointer(&header->name, g_free);
	g_clear_pointer(&header->value, g_free);
	g_free(header);
}

static void
piece_build_free(SgPieceBuild *build)
{
	if (build == NULL)
		return;
	text_piece_free(build->piece);
	g_clear_pointer(&build->links, g_ptr_array_unref);
	g_free(build);
}

static SgPieceBuild *
piece_build_new(void)
{
	SgPieceBuild *build = g_new0(SgPieceBuild, 1);

	build->piece = g_new0(SgTextPiece, 1);
	build->links =
		g_ptr_array_new_with_free_func((GDestroyNotify)link_free);
	return build;
}

/* Makes sender-controlled text safe for a one-line note: valid UTF-8, no
 * control characters, bounded length. */
static char *
note_item(const char *item)
{
	g_autofree char *valid = NULL;
	GString *out = g_string_new(NULL);
	glong n = 0;

	if (item == NULL)
		item = "";
	valid = g_utf8_make_valid(item, -1);
	for (const char *p = valid; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (n++ == SG_NOTE_ITEM_MAX) {
			g_string_append(out, "...");
			break;
		}
		if (g_unichar_iscntrl(c))
			c = ' ';
		g_string_append_unichar(out, c);
	}
	return g_string_free(out, FALSE);
}

static void add_note(SgBuilder *b, const char *format, ...) G_GNUC_PRINTF(2, 3);

static void
add_note(SgBuilder *b, const char *format, ...)
{
	GPtrArray *notes = b->draft->notes;
	va_list args;
	char *note;

	if (b->notes_full)
		return;
	va_start(args, format);
	note = g_strdup_vprintf(format, args);
	va_end(args);
	if (g_hash_table_contains(b->note_set, note)) {
		g_free(note);
		return;
	}
	if (notes->len + 1 >= SG_DRAFT_MAX_NOTES) {
		g_free(note);
		note = g_strdup_printf("more than %u parse notes: the rest "
				       "were not kept", SG_DRAFT_MAX_NOTES - 1);
		b->notes_full = true;
	}
	g_hash_table_add(b->note_set, note);
	g_ptr_array_add(notes, note);
}

static const char *
plural(guint n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* CRLF and lone CR become LF, in place. */
static gsize
normalize_newlines(char *text)
{
	char *w = text;

	for (const char *r = text; *r != '\0'; r++) {
		if (*r == '\r') {
			*w++ = '\n';
			if (r[1] == '\n')
				r++;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
	return (gsize)(w - text);
}

static GByteArray *
stream_to_bytes(GMimeStream *stream)
{
	g_autoptr(GMimeStream) mem = g_mime_stream_mem_new();
	GByteArray *bytes;

	g_mime_stream_reset(stream);
	g_mime_stream_write_to_stream(stream, mem);
	g_mime_stream_reset(stream);
	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(mem), FALSE);
	bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
	return bytes;
}

/* --- header parameters (RFC 2045 §5.1, RFC 2231) -------------------------- */

/* Splits "type/sub; a=b; c="d e"" into name/value pairs (names lower-cased,
 * values unquoted but not decoded).  GMime decodes parameters with iconv, so
 * CP932 file names would turn to mojibake: we keep the raw bytes instead. */
static GPtrArray *
parse_params(const char *raw)
{
	GPtrArray *pairs = g_ptr_array_new_with_free_func(g_free);
	const char *p = raw;
	bool in_quote = false;

	/* Skip the type or disposition token. */
	for (; *p != '\0' && (in_quote || *p != ';'); p++) {
		if (*p == '"')
			in_quote = !in_quote;
	}
	while (*p != '\0') {
		const char *name, *name_end;
		GString *value;

		while (*p == ';' || g_ascii_isspace(*p))
			p++;
		name = p;
		while (*p != '\0' && *p != '=' && *p != ';' &&
		       !g_ascii_isspace(*p))
			p++;
		name_end = p;
		while (g_ascii_isspace(*p))
			p++;
		if (*p != '=' || name == name_end) {
			while (*p != '\0' && *p != ';')
				p++;
			continue;
		}
		p++;
		while (g_ascii_isspace(*p))
			p++;
		value = g_string_new(NULL);
		if (*p == '"') {
			for (p++; *p != '\0' && *p != '"'; p++) {
				if (*p == '\\' && p[1] != '\0')
					p++;
				g_string_append_c(value, *p);
			}
			if (*p == '"')
				p++;
		} else {
			/* Lenient: Outlook leaves spaces unquoted. */
			while (*p != '\0' && *p != ';')
				g_string_append_c(value, *p++);
			while (value->len > 0 &&
			       g_ascii_isspace(value->str[value->len - 1]))
				g_string_truncate(value, value->len - 1);
		}
		g_ptr_array_add(pairs, g_ascii_strdown(name, name_end - name));
		g_ptr_array_add(pairs, g_string_free(value, FALSE));
	}
	return pairs;
}

static const char *
param_lookup(GPtrArray *pairs, const char *name)
{
	for (guint i = 0; i + 1 < pairs->len; i += 2) {
		if (strcmp(g_ptr_array_index(pairs, i), name) == 0)
			return g_ptr_array_index(pairs, i + 1);
	}
	return NULL;
}

static void
percent_decode(const char *s, GByteArray *out)
{
	for (; *s != '\0'; s++) {
		guint8 byte = (guint8)*s;

		if (*s == '%' && g_ascii_isxdigit(s[1]) &&
		    g_ascii_isxdigit(s[2])) {
			byte = (guint8)(g_ascii_xdigit_value(s[1]) * 16 +
					g_ascii_xdigit_value(s[2]));
			s += 2;
		}
		g_byte_array_append(out, &byte, 1);
	}
}

/* Splits an RFC 2231 extended value "charset'lang'text" and appends the
 * decoded text; returns the charset (transfer full, may be ""). */
static char *
split_extended(const char *value, GByteArray *out)
{
	const char *q1 = strchr(value, '\'');
	const char *q2 = q1 != NULL ? strchr(q1 + 1, '\'') : NULL;

	if (q2 == NULL) {
		percent_decode(value, out);
		return g_strdup("");
	}
	percent_decode(q2 + 1, out);
	return g_strndup(value, (gsize)(q1 - value));
}

/* The decoded value of parameter @name: RFC 2231 forms first (name*,
 * name*0*, name*1, ...), then the plain form, which may hold RFC 2047 words
 * or raw 8-bit bytes. */
static char *
param_decode(GPtrArray *pairs, const char *name, guint *n_errors)
{
	g_autoptr(GByteArray) bytes = g_byte_array_new();
	g_autofree char *charset = NULL;
	g_autofree char *key = g_strconcat(name, "*", NULL);
	const char *value;
	bool found = false;

	*n_errors = 0;
	value = param_lookup(pairs, key);
	if (value != NULL) {
		charset = split_extended(value, bytes);
		found = true;
	}
	for (guint i = 0; !found && i < SG_PARAM_MAX_SEGMENTS; i++) {
		g_autofree char *plain = g_strdup_printf("%s*%u", name, i);
		g_autofree char *ext = g_strdup_printf("%s*%u*", name, i);
		const char *seg;

		if ((seg = param_lookup(pairs, ext)) != NULL) {
			if (i == 0)
				charset = split_extended(seg, bytes);
			else
				percent_decode(seg, bytes);
		} else if ((seg = param_lookup(pairs, plain)) != NULL) {
			g_byte_array_append(bytes, (const guint8 *)seg,
					    strlen(seg));
		} else {
			break;
		}
		value = seg;
	}
	found = found || value != NULL;
	if (found) {
		g_autoptr(GError) error = NULL;
		char *s = NULL;

		if (charset != NULL && *charset != '\0')
			s = sg_charset_to_utf8(charset,
					       (const char *)bytes->data,
					       bytes->len, n_errors, &error);
		if (s == NULL) {
			g_autofree char *raw = g_strndup(
				(const char *)bytes->data, bytes->len);

			s = sg_charset_decode_header(raw, n_errors);
		}
		return s;
	}
	value = param_lookup(pairs, name);
	if (value != NULL)
		return sg_charset_decode_header(value, n_errors);
	return NULL;
}

static const char *
object_raw_header(GMimeObject *object, const char *name)
{
	GMimeHeaderList *list = g_mime_object_get_header_list(object);
	GMimeHeader *header;

	if (list == NULL)
		return NULL;
	header = g_mime_header_list_get_header(list, name);
	return header != NULL ? g_mime_header_get_raw_value(header) : NULL;
}

/* The unfolded value of a raw header, for parameter parsing. */
static char *
unfold(const char *raw)
{
	GString *out = g_string_new(NULL);

	for (const char *p = raw; *p != '\0'; p++) {
		if (*p != '\r' && *p != '\n')
			g_string_append_c(out, *p);
	}
	return g_strstrip(g_string_free(out, FALSE));
}

/* A part's file name: Content-Disposition filename, then Content-Type
 * name, decoded by us; GMime's own decoding only as a last resort. */
static char *
part_filename(SgBuilder *b, GMimeObject *object, guint index)
{
	static const struct {
		const char *header;
		const char *param;
	} sources[] = {
		{"Content-Disposition", "filename"},
		{"Content-Type", "name"},
	};

	for (gsize i = 0; i < G_N_ELEMENTS(sources); i++) {
		const char *raw = object_raw_header(object, sources[i].header);
		g_autofree char *value = NULL;
		g_autoptr(GPtrArray) pairs = NULL;
		guint n_errors = 0;
		char *name;

		if (raw == NULL)
			continue;
		value = unfold(raw);
		pairs = parse_params(value);
		name = param_decode(pairs, sources[i].param, &n_errors);
		if (name == NULL)
			continue;
		if (n_errors > 0)
			add_note(b, "part %u: file name has %u undecodable %s",
				 index, n_errors,
				 plural(n_errors, "sequence", "sequences"));
		if (*name != '\0')
			return name;
		g_free(name);
	}
	if (GMIME_IS_PART(object)) {
		const char *name = g_mime_part_get_filename(GMIME_PART(object));

		if (name != NULL && *name != '\0')
			return g_utf8_make_valid(name, -1);
	}
	return NULL;
}

/* --- content-transfer-encoding -------------------------------------------- */

/* GMime's decoders skip what they cannot decode without a word; check the
 * encoded bytes ourselves so a damaged body becomes a parse note. */
static void
check_encoding(SgBuilder *b, GMimeDataWrapper *content, const char *desc)
{
	GMimeContentEncoding enc = g_mime_data_wrapper_get_encoding(content);
	GMimeStream *stream = g_mime_data_wrapper_get_stream(content);
	g_autoptr(GByteArray) raw = NULL;
	guint bad = 0;

	if (stream == NULL || (enc != GMIME_CONTENT_ENCODING_BASE64 &&
			       enc != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE))
		return;
	if (enc == GMIME_CONTENT_ENCODING_BASE64) {
		/* Read in chunks: a photo's base64 is never held whole. */
		g_autofree guint8 *chunk = g_malloc(SG_DECODE_CHUNK);
		gsize sextets = 0;
		bool padded = false;
		gssize n;

		g_mime_stream_reset(stream);
		while ((n = g_mime_stream_read(stream, (char *)chunk,
					       SG_DECODE_CHUNK)) > 0) {
			for (gssize i = 0; i < n; i++) {
				guint8 c = chunk[i];

				if (g_ascii_isspace(c))
					continue;
				if (c == '=') {
					padded = true;
					sextets++;
				} else if (g_ascii_isalnum(c) || c == '+' ||
					   c == '/') {
					if (padded)
						bad++;	/* after the padding */
					sextets++;
				} else {
					bad++;
				}
			}
		}
		g_mime_stream_reset(stream);
		if (bad > 0)
			add_note(b, "%s: invalid base64 (%u %s outside the "
				 "alphabet)", desc, bad,
				 plural(bad, "character", "characters"));
		else if (sextets % 4 != 0)
			add_note(b, "%s: truncated base64", desc);
		return;
	}
	raw = stream_to_bytes(stream);
	for (guint i = 0; i < raw->len; i++) {
		gsize j;

		if (raw->data[i] != '=')
			continue;
		/* A soft line break may have trailing whitespace. */
		for (j = i + 1; j < raw->len && (raw->data[j] == ' ' ||
						 raw->data[j] == '\t');
		     j++)
			;
		if (j == raw->len || raw->data[j] == '\r' ||
		    raw->data[j] == '\n')
			continue;
		if (i + 2 < raw->len && g_ascii_isxdigit(raw->data[i + 1]) &&
		    g_ascii_isxdigit(raw->data[i + 2]))
			continue;
		bad++;
	}
	if (bad > 0)
		add_note(b, "%s: invalid quoted-printable (%u bad %s)", desc,
			 bad, plural(bad, "escape", "escapes"));
}

/* The decoded content of a leaf part (transfer full, never NULL). */
static GBytes *
part_content(SgBuilder *b, GMimePart *part, const char *desc)
{
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	g_autoptr(GMimeStream) mem = NULL;
	GByteArray *bytes;

	if (content == NULL)
		return g_bytes_new(NULL, 0);
	check_encoding(b, content, desc);
	mem = g_mime_stream_mem_new();
	if (g_mime_data_wrapper_write_to_stream(content, mem) < 0)
		add_note(b, "%s: content could not be decoded", desc);
	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(mem), FALSE);
	bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
	return g_byte_array_free_to_bytes(bytes);
}

/* What an attachment keeps of its decoded content (SgAttachment.data):
 * a photo of 25 MB must not cost 25 MB more while it is checked. */
#define SG_ATTACHMENT_HEAD_BYTES 4096
#define SG_JPEG_META_MAX (2 * 1024 * 1024)

typedef enum {
	SG_KEEP_UNDECIDED,	/* first chunk not seen yet */
	SG_KEEP_ALL,		/* text, and images other than JPEG */
	SG_KEEP_JPEG_META,	/* a JPEG up to its first scan */
	SG_KEEP_HEAD,		/* anything else: the magic bytes */
	SG_KEEP_DONE,		/* nothing more is kept; still counted */
} SgKeep;

static bool
looks_like_image(const guchar *d, gsize n)
{
	return (n >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0) ||
	       (n >= 6 && memcmp(d, "GIF8", 4) == 0) ||
	       (n >= 12 && memcmp(d, "RIFF", 4) == 0 &&
		memcmp(d + 8, "WEBP", 4) == 0) ||
	       (n >= 12 && memcmp(d + 4, "ftyp", 4) == 0) ||
	       (n >= 4 && (memcmp(d, "II*", 4) == 0 ||
			   memcmp(d, "MM\0*", 4) == 0));
}

/* Where a JPEG's first scan (SOS) starts in @d, reading its segments from
 * *@pos; G_MAXSIZE while more bytes are needed, 0 when the segment chain is
 * broken (the caller then keeps a bounded prefix). */
static gsize
jpeg_scan_start(const guchar *d, gsize n, gsize *pos)
{
	while (*pos + 4 <= n) {
		gsize p = *pos;

		if (d[p] != 0xFF)
			return 0;
		if (d[p + 1] == 0xFF) {	/* fill byte */
			*pos = p + 1;
			continue;
		}
		guchar marker = d[p + 1];
		if (marker == 0xDA)
			return p;
		if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
			*pos = p + 2;
			continue;
		}
		gsize len = (gsize)d[p + 2] << 8 | d[p + 3];
		if (len < 2)
			return 0;
		*pos = p + 2 + len;
	}
	return G_MAXSIZE;
}

/* The decoded content of an attachment part, read in chunks and kept only
 * as far as SgAttachment.data says; *@size_out gets the whole decoded size
 * (transfer full, never NULL). */
static GBytes *
attachment_content(SgBuilder *b, GMimePart *part, const char *mime_type,
		   const char *desc, gsize *size_out)
{
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	g_autoptr(GByteArray) kept = g_byte_array_new();
	g_autofree guchar *buf = NULL;
	SgKeep keep = SG_KEEP_UNDECIDED;
	gsize total = 0, segment = 2;

	*size_out = 0;
	if (content == NULL)
		return g_bytes_new(NULL, 0);
	check_encoding(b, content, desc);

	GMimeStream *raw = g_mime_data_wrapper_get_stream(content);
	if (raw == NULL || g_mime_stream_reset(raw) < 0) {
		add_note(b, "%s: content could not be decoded", desc);
		return g_bytes_new(NULL, 0);
	}
	g_autoptr(GMimeStream) decoded = g_mime_stream_filter_new(raw);
	g_autoptr(GMimeFilter) filter = g_mime_filter_basic_new(
		g_mime_data_wrapper_get_encoding(content), FALSE);
	g_mime_stream_filter_add(GMIME_STREAM_FILTER(decoded), filter);
	buf = g_malloc(SG_DECODE_CHUNK);

	for (;;) {
		gssize n = g_mime_stream_read(decoded, (char *)buf,
					      SG_DECODE_CHUNK);
		if (n < 0)
			add_note(b, "%s: content could not be decoded", desc);
		if (n <= 0)
			break;
		total += (gsize)n;
		if (keep == SG_KEEP_DONE)
			continue;
		g_byte_array_append(kept, buf, (guint)n);
		if (keep == SG_KEEP_UNDECIDED) {
			bool jpeg = kept->len >= 3 && kept->data[0] == 0xFF &&
				    kept->data[1] == 0xD8 &&
				    kept->data[2] == 0xFF;
			if (jpeg)
				keep = SG_KEEP_JPEG_META;
			else if (g_str_has_prefix(mime_type, "image/") ||
				 looks_like_image(kept->data, kept->len))
				keep = SG_KEEP_ALL;
			else
				keep = SG_KEEP_HEAD;
		}
		if (keep == SG_KEEP_HEAD &&
		    kept->len >= SG_ATTACHMENT_HEAD_BYTES) {
			g_byte_array_set_size(kept, SG_ATTACHMENT_HEAD_BYTES);
			keep = SG_KEEP_DONE;
		} else if (keep == SG_KEEP_JPEG_META) {
			gsize sos = jpeg_scan_start(kept->data, kept->len,
						    &segment);
			if (sos != G_MAXSIZE && sos != 0) {
				g_byte_array_set_size(kept, (guint)sos + 2);
				keep = SG_KEEP_DONE;
			} else if (kept->len >= SG_JPEG_META_MAX) {
				g_byte_array_set_size(kept, SG_JPEG_META_MAX);
				keep = SG_KEEP_DONE;
			}
		}
	}
	*size_out = total;
	return g_byte_array_free_to_bytes(g_steal_pointer(&kept));
}

/* --- charset -------------------------------------------------------------- */

static bool
same_converter(const char *a, const char *b)
{
	return g_ascii_strcasecmp(sg_charset_canonical(a),
				  sg_charset_canonical(b)) == 0;
}

/* Converts a part's bytes to UTF-8 with LF line ends.  A wrong or missing
 * label is common (US-ASCII on CP932 text, no charset at all): when the
 * label leaves errors, or the bytes carry ISO-2022-JP escapes that an ASCII
 * label would pass through as control characters, and the guess decodes
 * cleanly, the guess wins and the note says so.  @charset_out receives
 * what was used. */
static char *
decode_text(SgBuilder *b, const char *label, GBytes *bytes,
	    const char *desc, char **charset_out)
{
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);
	const char *guess = NULL;
	g_autoptr(GError) error = NULL;
	char *text = NULL;
	guint n_errors = 0;

	if (data == NULL)
		data = "";
	if (label != NULL && *label != '\0') {
		text = sg_charset_to_utf8(label, data, len, &n_errors, &error);
		/* Guessing costs two trial conversions: only when the label
		 * failed, or is ASCII/UTF-8, which would pass ISO-2022-JP
		 * escapes through (that check is cheap). */
		if (text == NULL || n_errors > 0 ||
		    strcmp(sg_charset_canonical(label), "UTF-8") == 0)
			guess = sg_charset_guess(data, len);
		else
			guess = label;
		if (text == NULL) {
			g_autofree char *item = note_item(label);

			add_note(b, "%s: unknown charset \"%s\", decoded as %s",
				 desc, item, guess);
		} else if ((n_errors > 0 ||
			    strcmp(guess, "ISO-2022-JP") == 0) &&
			   !same_converter(label, guess)) {
			guint alt_errors = 0;
			char *alt = sg_charset_to_utf8(guess, data, len,
						       &alt_errors, NULL);

			if (alt != NULL && alt_errors == 0) {
				g_autofree char *item = note_item(label);

				add_note(b, "%s: labelled %s but decoded as %s",
					 desc, item, guess);
				g_free(text);
				text = alt;
				n_errors = 0;
				label = NULL;
			} else {
				g_free(alt);
			}
		}
	}
	if (text == NULL) {
		if (guess == NULL)
			guess = sg_charset_guess(data, len);
		g_clear_error(&error);
		text = sg_charset_to_utf8(guess, data, len, &n_errors, &error);
		if (text == NULL)	/* cannot happen: ICU knows UTF-8 */
			text = g_utf8_make_valid(data, (gssize)len);
	}
	*charset_out = label != NULL && *label != '\0' ? note_item(label)
						       : g_strdup(guess);
	if (n_errors > 0)
		add_note(b, "%s (%s): %u undecodable byte %s", desc,
			 *charset_out, n_errors,
			 plural(n_errors, "sequence", "sequences"));
	normalize_newlines(text);
	return text;
}

/* --- format=flowed (RFC 3676) --------------------------------------------- */

static void
append_quote(GString *out, guint depth)
{
	for (guint i = 0; i < depth; i++)
		g_string_append_c(out, '>');
	if (depth > 0)
		g_string_append_c(out, ' ');
}

/* Joins soft-broken lines (a line ending in a space continues on the next,
 * §4.2), removes space-stuffing (§4.4) and, with DelSp=yes, the space that
 * marks the soft break (§4.3; Japanese mailers use it since Japanese has no
 * spaces to break at).  The signature line "-- " is never flowed. */
static char *
unflow(const char *text, bool delsp)
{
	GString *out = g_string_new(NULL);
	const char *line = text;
	bool open = false;
	guint open_depth = 0;

	while (*line != '\0') {
		const char *nl = strchr(line, '\n');
		const char *end = nl != NULL ? nl : line + strlen(line);
		const char *content = line;
		gsize clen;
		guint depth = 0;
		bool flowed;

		while (content < end && *content == '>') {
			content++;
			depth++;
		}
		if (content < end && *content == ' ')
			content++;
		clen = (gsize)(end - content);
		flowed = nl != NULL && clen > 0 && content[clen - 1] == ' ' &&
			 !(clen == 3 && memcmp(content, "-- ", 3) == 0);
		if (open && depth != open_depth) {
			g_string_append_c(out, '\n');
			open = false;
		}
		if (!open)
			append_quote(out, depth);
		if (flowed) {
			g_string_append_len(out, content,
					    (gssize)(delsp ? clen - 1 : clen));
			open = true;
			open_depth = depth;
		} else {
			g_string_append_len(out, content, (gssize)clen);
			if (nl != NULL)
				g_string_append_c(out, '\n');
			open = false;
		}
		if (nl == NULL)
			break;
		line = nl + 1;
	}
	if (open)
		g_string_append_c(out, '\n');
	return g_string_free(out, FALSE);
}

/* --- signature ------------------------------------------------------------ */

/* Where the post ends: the first line that is exactly "-- " (RFC 3676
 * §4.3); HTML rendering drops the trailing space, so "--" there too. */
static gsize
find_signature(const char *text, gsize len, bool html)
{
	const char *line = text;

	while (line < text + len) {
		const char *nl = strchr(line, '\n');
		gsize n = nl != NULL ? (gsize)(nl - line) : strlen(line);

		if ((n == 3 && memcmp(line, "-- ", 3) == 0) ||
		    (html && n == 2 && memcmp(line, "--", 2) == 0))
			return (gsize)(line - text);
		if (nl == NULL)
			break;
		line = nl + 1;
	}
	return len;
}

/* --- URLs in text --------------------------------------------------------- */

static bool
url_char(gunichar c)
{
	if (c < 0x80)
		return c > 0x20 && c < 0x7F && strchr("<>\"`{}|\\^", (int)c) ==
							  NULL;
	/* IDN hosts in Latin, Greek or Cyrillic letters (look-alikes) stay
	 * in the URL; Japanese text and punctuation, which often follows a
	 * URL without a space, end it. */
	return c >= 0xA1 && c < 0x2000;
}

/* Length of the URL prefix at @p, 0 when there is none. */
static gsize
url_prefix(const char *p)
{
	static const char *const prefixes[] = {"http://", "https://", "www."};

	for (gsize i = 0; i < G_N_ELEMENTS(prefixes); i++) {
		gsize n = strlen(prefixes[i]);

		if (g_ascii_strncasecmp(p, prefixes[i], n) == 0)
			return n;
	}
	return 0;
}

/* Trailing punctuation belongs to the sentence, and a closing bracket only
 * to the URL when the URL opened it. */
static gsize
trim_url(const char *url, gsize len)
{
	while (len > 0) {
		char c = url[len - 1];

		if (strchr(".,;:!?'*", c) != NULL) {
			len--;
		} else if (c == ')' || c == ']') {
			char open = c == ')' ? '(' : '[';
			gsize opens = 0, closes = 0;

			for (gsize i = 0; i < len; i++) {
				opens += url[i] == open;
				closes += url[i] == c;
			}
			if (closes <= opens)
				break;
			len--;
		} else {
			break;
		}
	}
	return len;
}

/* Whether [start, end) touches the text of an HTML link: @covered has one
 * byte per byte of text, non-zero where a link's text (or an empty link)
 * is.  A map instead of a walk over the links keeps 50,000 links linear. */
static bool
overlaps(const guint8 *covered, gsize start, gsize end)
{
	if (covered == NULL)
		return false;
	for (gsize i = start; i < end; i++) {
		if (covered[i])
			return true;
	}
	return false;
}

/* Records http://, https:// and www. URLs written in @text; those inside
 * the text of an HTML link are already recorded with it. */
static void
scan_urls(const char *text, GPtrArray *links)
{
	gsize text_len = strlen(text);
	g_autofree guint8 *covered = NULL;
	const char *p = text;

	if (links->len > 0) {
		covered = g_malloc0(text_len + 1);
		for (guint i = 0; i < links->len; i++) {
			const SgLink *l = g_ptr_array_index(links, i);
			gsize start = MIN(l->offset, text_len);
			gsize end = MIN(l->offset + l->length, text_len);

			/* An empty link counts where it stands. */
			if (end == start)
				end = MIN(start + 1, text_len + 1);
			memset(covered + start, 1, end - start);
		}
	}
	while (*p != '\0') {
		const char *end;
		gsize len;
		gsize start = (gsize)(p - text);
		gsize prefix = url_prefix(p);

		if (prefix == 0 ||
		    (p > text && (g_ascii_isalnum(p[-1]) || p[-1] == '.' ||
				  p[-1] == '/' || p[-1] == '@' ||
				  p[-1] == '-'))) {
			p++;
			continue;
		}
		end = p;
		while (*end != '\0' && url_char(g_utf8_get_char(end)))
			end = g_utf8_next_char(end);
		len = trim_url(p, (gsize)(end - p));
		if (len <= prefix) {
			p++;
			continue;
		}
		if (!overlaps(covered, start, start + len)) {
			SgLink *link = g_new0(SgLink, 1);

			link->href = g_strndup(p, len);
			link->offset = start;
			link->length = len;
			g_ptr_array_add(links, link);
		}
		p += len;
	}
}

/* --- parts ---------------------------------------------------------------- */

static char *
mime_type_of(GMimeObject *object)
{
	GMimeContentType *ct = g_mime_object_get_content_type(object);
	g_autofree char *type = NULL;

	if (ct == NULL)
		return g_strdup("application/octet-stream");
	type = g_mime_content_type_get_mime_type(ct);
	return g_ascii_strdown(type, -1);
}

static void
add_attachment(SgBuilder *b, char *filename, char *mime_type, GBytes *data,
	       gsize size)
{
	SgAttachment *att = g_new0(SgAttachment, 1);

	att->filename = filename;
	att->mime_type = mime_type;
	att->size = size;
	att->data = data;
	g_ptr_array_add(b->draft->attachments, att);
}

/* Turns a text part into a piece: charset conversion, then flowed text or
 * HTML rendering, then the signature. */
static SgPieceBuild *
text_piece(SgBuilder *b, GMimeObject *object, const char *mime_type,
	   GBytes *bytes, const char *desc)
{
	SgPieceBuild *build = piece_build_new();
	SgTextPiece *piece = build->piece;
	const char *label;
	bool html = strcmp(mime_type, "text/html") == 0;
	char *text;

	label = g_mime_object_get_content_type_parameter(object, "charset");
	text = decode_text(b, label, bytes, desc, &piece->charset);
	if (html) {
		char *rendered = sg_draft_html_to_text(text, strlen(text), build->links);

		g_free(text);
		text = rendered;
	} else {
		const char *format = g_mime_object_get_content_type_parameter(
			object, "format");
		const char *delsp = g_mime_object_get_content_type_parameter(
			object, "delsp");

		if (format != NULL &&
		    g_ascii_strcasecmp(format, "flowed") == 0) {
			char *flat = unflow(text, delsp != NULL &&
						  g_ascii_strcasecmp(
							  delsp, "yes") == 0);

			g_free(text);
			text = flat;
		}
	}
	piece->mime_type = g_strdup(mime_type);
	piece->text = text;
	piece->len = strlen(text);
	piece->post_len = piece->len;
	return build;
}

static bool
is_attachment_disposition(GMimeObject *object)
{
	const char *disp = g_mime_object_get_disposition(object);

	return disp != NULL && g_ascii_strcasecmp(disp, "attachment") == 0;
}

static bool
count_leaf(SgBuilder *b)
{
	if (b->over_parts)
		return false;
	if (b->leaves >= b->limits.max_parts) {
		b->over_parts = true;
		add_note(b, "more than %u MIME parts: the rest were not read",
			 b->limits.max_parts);
		return false;
	}
	b->leaves++;
	return true;
}

static void
walk_leaf(SgBuilder *b, GMimePart *part, guint alternative)
{
	GMimeObject *object = GMIME_OBJECT(part);
	guint index = b->leaves;
	g_autofree char *mime_type = mime_type_of(object);
	g_autofree char *filename = part_filename(b, object, index);
	g_autofree char *desc = NULL;
	GBytes *bytes;
	bool text = g_str_has_prefix(mime_type, "text/");
	bool body = (strcmp(mime_type, "text/plain") == 0 ||
		     strcmp(mime_type, "text/html") == 0) &&
		    filename == NULL && !is_attachment_disposition(object) &&
		    b->enclosing == NULL;

	if (body) {
		desc = g_strdup_printf("body part %u", index);
	} else {
		g_autofree char *item = note_item(filename != NULL ? filename
								   : mime_type);

		desc = g_strdup_printf("attachment part %u \"%s\"", index,
				       item);
	}
	gsize size = 0;
	if (text) {
		bytes = part_content(b, part, desc);
		size = g_bytes_get_size(bytes);
	} else {
		bytes = attachment_content(b, part, mime_type, desc, &size);
	}
	if (text) {
		SgPieceBuild *build = text_piece(b, object, mime_type, bytes,
						 desc);

		build->piece->alternative = alternative;
		if (body) {
			build->piece->kind = SG_PIECE_BODY;
			build->piece->post_len = find_signature(
				build->piece->text, build->piece->len,
				strcmp(mime_type, "text/html") == 0);
			g_ptr_array_add(b->bodies, build);
		} else {
			build->piece->kind = SG_PIECE_ATTACHMENT;
			build->piece->name = g_strdup(filename ? filename
							       : b->enclosing);
			g_ptr_array_add(b->text_attachments, build);
		}
	}
	/* An attached message is already listed whole; its text parts are
	 * pieces, and only its other parts (photos) are listed again. */
	if (body || (text && b->enclosing != NULL))
		g_bytes_unref(bytes);
	else
		add_attachment(b, g_steal_pointer(&filename),
			       g_steal_pointer(&mime_type), bytes, size);
}

static SgPieceBuild *subject_piece(SgBuilder *b, GMimeMessage *message);
static void walk(SgBuilder *b, GMimeObject *object, guint depth,
		 guint alternative);

/* An attached message: kept whole as an attachment, and read for text. */
static void
walk_message_part(SgBuilder *b, GMimeMessagePart *mpart, guint depth)
{
	GMimeObject *object = GMIME_OBJECT(mpart);
	GMimeMessage *inner = g_mime_message_part_get_message(mpart);
	g_autoptr(GMimeStream) counter = g_mime_stream_null_new();
	guint index = b->leaves;
	g_autofree char *filename = part_filename(b, object, index);
	g_autofree char *name = filename != NULL
					? g_strdup(filename)
					: g_strdup_printf("message-%u.eml", index);

	/* Only its size is kept: the checks read its parts below. */
	gssize size = inner != NULL ? g_mime_object_write_to_stream(
					      GMIME_OBJECT(inner), NULL, counter)
				    : 0;
	add_attachment(b, g_steal_pointer(&filename), mime_type_of(object),
		       g_bytes_new(NULL, 0), size > 0 ? (gsize)size : 0);
	if (inner == NULL)
		return;

	SgPieceBuild *subject = subject_piece(b, inner);
	subject->piece->kind = SG_PIECE_ATTACHMENT;
	subject->piece->mime_type = g_strdup("text/plain");
	subject->piece->name = g_strdup(name);
	g_ptr_array_add(b->text_attachments, subject);

	const char *outer = b->enclosing;
	b->enclosing = name;
	walk(b, g_mime_message_get_mime_part(inner), depth + 1, 0);
	b->enclosing = outer;
}

static void
walk(SgBuilder *b, GMimeObject *object, guint depth, guint alternative)
{
	if (object == NULL || b->over_parts)
		return;
	if (depth > b->limits.max_depth) {
		if (!b->over_depth)
			add_note(b, "MIME nesting deeper than %u levels: "
				 "inner parts were not read",
				 b->limits.max_depth);
		b->over_depth = true;
		return;
	}
	if (GMIME_IS_MULTIPART(object)) {
		GMimeMultipart *multi = GMIME_MULTIPART(object);
		GMimeContentType *ct = g_mime_object_get_content_type(object);
		bool alt = ct != NULL &&
			   g_mime_content_type_is_type(ct, "multipart",
						       "alternative");
		int n = g_mime_multipart_get_count(multi);

		for (int i = 0; i < n && !b->over_parts; i++)
			walk(b, g_mime_multipart_get_part(multi, i), depth + 1,
			     alt ? (guint)i + 1 : alternative);
		return;
	}
	if (!count_leaf(b))
		return;
	if (GMIME_IS_MESSAGE_PART(object))
		walk_message_part(b, GMIME_MESSAGE_PART(object), depth);
	else if (GMIME_IS_PART(object))
		walk_leaf(b, GMIME_PART(object), alternative);
}

/* --- headers and addresses ------------------------------------------------ */

static void
collect_headers(SgDraft *draft, GMimeObject *object)
{
	GMimeHeaderList *list = g_mime_object_get_header_list(object);
	int n = list != NULL ? g_mime_header_list_get_count(list) : 0;

	for (int i = 0; i < n; i++) {
		GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
		const char *raw = g_mime_header_get_raw_value(header);
		SgHeader *h = g_new0(SgHeader, 1);

		h->name = g_strdup(g_mime_header_get_name(header));
		h->value = unfold(raw != NULL ? raw : "");
		g_ptr_array_add(draft->headers, h);
	}
}

static void
collect_addresses(GPtrArray *out, GHashTable *seen, InternetAddressList *list,
		  guint depth)
{
	int n = list != NULL ? internet_address_list_length(list) : 0;

	for (int i = 0; i < n; i++) {
		InternetAddress *ia =
			internet_address_list_get_address(list, i);

		if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
			const char *addr = internet_address_mailbox_get_addr(
				INTERNET_ADDRESS_MAILBOX(ia));
			g_autofree char *valid = NULL;
			char *lower;

			if (addr == NULL || *addr == '\0')
				continue;
			valid = g_utf8_make_valid(addr, -1);
			lower = g_utf8_strdown(valid, -1);
			/* A set, not a scan of @out: To: may list 50,000
			 * addresses. */
			if (g_hash_table_contains(seen, lower)) {
				g_free(lower);
			} else {
				g_hash_table_add(seen, lower);
				g_ptr_array_add(out, lower);
			}
		} else if (INTERNET_ADDRESS_IS_GROUP(ia) && depth < 4) {
			collect_addresses(out, seen,
					  internet_address_group_get_members(
						  INTERNET_ADDRESS_GROUP(ia)),
					  depth + 1);
		}
	}
}

/* The subject's charset for the piece: that of the first encoded word, or
 * the guess for raw bytes. */
static char *
subject_charset(const char *raw)
{
	const char *word = strstr(raw, "=?");

	if (word != NULL) {
		const char *q = strchr(word + 2, '?');

		if (q != NULL && q > word + 2 && q - word < 66)
			return g_strndup(word + 2, (gsize)(q - word - 2));
	}
	return g_strdup(sg_charset_guess(raw, strlen(raw)));
}

static SgPieceBuild *
subject_piece(SgBuilder *b, GMimeMessage *message)
{
	SgPieceBuild *build = piece_build_new();
	SgTextPiece *piece = build->piece;
	const char *raw = object_raw_header(GMIME_OBJECT(message), "Subject");
	guint n_errors = 0;

	if (raw == NULL)
		raw = "";
	piece->kind = SG_PIECE_SUBJECT;
	piece->text = sg_charset_decode_header(raw, &n_errors);
	/* A subject is one line, whatever an encoded word smuggled in. */
	for (char *p = piece->text; *p != '\0'; p++) {
		if (*p == '\r' || *p == '\n' || *p == '\t')
			*p = ' ';
	}
	piece->charset = subject_charset(raw);
	piece->len = strlen(piece->text);
	piece->post_len = piece->len;
	if (n_errors > 0)
		add_note(b, "subject: %u undecodable %s", n_errors,
			 plural(n_errors, "sequence", "sequences"));
	return build;
}

/* --- building ------------------------------------------------------------- */

static void
parser_warning(gint64 offset, GMimeParserWarning code, const char *item,
	       gpointer user_data)
{
	SgBuilder *b = user_data;
	g_autofree char *what = note_item(item);

	switch (code) {
	case GMIME_WARN_DUPLICATED_HEADER:
		add_note(b, "MIME: duplicated header %s", what);
		break;
	case GMIME_WARN_INVALID_CONTENT_TYPE:
		add_note(b, "MIME: invalid Content-Type \"%s\"", what);
		break;
	case GMIME_WARN_MALFORMED_MULTIPART:
		add_note(b, "MIME: multipart without parts");
		break;
	case GMIME_WARN_TRUNCATED_MESSAGE:
		add_note(b, "MIME: message is truncated");
		break;
	case GMIME_WARN_MALFORMED_MESSAGE:
		add_note(b, "MIME: message is malformed");
		break;
	case GMIME_CRIT_INVALID_HEADER_NAME:
		add_note(b, "MIME: invalid header name \"%s\"", what);
		break;
	case GMIME_CRIT_CONFLICTING_HEADER:
		add_note(b, "MIME: conflicting %s headers", what);
		break;
	case GMIME_CRIT_CONFLICTING_PARAMETER:
		add_note(b, "MIME: conflicting parameter %s", what);
		break;
	case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
		add_note(b, "MIME: multipart without boundary");
		break;
	case GMIME_CRIT_NESTING_OVERFLOW:
		add_note(b, "MIME: nesting too deep, parts skipped");
		break;
	case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
		add_note(b, "MIME: part without headers or content");
		break;
	default:
		/* 8-bit and RFC 2047 header oddities are decoded by us;
		 * bad addresses and parameters surface where used. */
		break;
	}
}

static int
compare_links(gconstpointer a, gconstpointer b)
{
	const SgLink *x = *(SgLink *const *)a;
	const SgLink *y = *(SgLink *const *)b;

	if (x->piece != y->piece)
		return x->piece < y->piece ? -1 : 1;
	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return 0;
}

/* Moves a built piece and its links into the draft. */
static void
finish_piece(SgDraft *draft, SgPieceBuild *build)
{
	guint index = draft->pieces->len;

	scan_urls(build->piece->text, build->links);
	/* Stealing index 0 each time shifted the array: quadratic. */
	for (guint i = 0; i < build->links->len; i++) {
		SgLink *link = g_ptr_array_index(build->links, i);

		link->piece = index;
		g_ptr_array_add(draft->links, link);
	}
	g_ptr_array_set_free_func(build->links, NULL);
	g_ptr_array_set_size(build->links, 0);
	g_ptr_array_set_free_func(build->links, (GDestroyNotify)link_free);
	g_ptr_array_add(draft->pieces, g_steal_pointer(&build->piece));
}

static SgDraft *
draft_alloc(void)
{
	SgDraft *draft = g_new0(SgDraft, 1);

	draft->pieces = g_ptr_array_new_with_free_func(
		(GDestroyNotify)text_piece_free);
	draft->links =
		g_ptr_array_new_with_free_func((GDestroyNotify)link_free);
	draft->attachments = g_ptr_array_new_with_free_func(
		(GDestroyNotify)attachment_free);
	draft->notes = g_ptr_array_new_with_free_func(g_free);
	draft->recipients = g_ptr_array_new_with_free_func(g_free);
	draft->headers = g_ptr_array_new_with_free_func(
		(GDestroyNotify)header_free);
	return draft;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgDraft, sg_draft_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(GMimeParserOptions, g_mime_parser_options_free)

SgDraft *
sg_draft_new_from_data(const char *data, gsize len,
		       const SgDraftLimits *limits, GError **error)
{
	/* Declared first so it is freed last: objects GMime builds may keep
	 * a pointer to the options, and the warning callback to @b. */
	g_autoptr(GMimeParserOptions) options = NULL;
	g_autoptr(SgDraft) draft = NULL;
	g_autoptr(GMimeStream) stream = NULL;
	g_autoptr(GMimeParser) parser = NULL;
	g_autoptr(GMimeMessage) message = NULL;
	g_autoptr(GHashTable) note_set = NULL;
	g_autofree char *nul_free = NULL;
	gsize n_nul = 0;
	SgBuilder b = {0};
	SgPieceBuild *subject;

	g_return_val_if_fail(data != NULL || len == 0, NULL);
	g_return_val_if_fail(error == NULL || *error == NULL, NULL);

	if (limits != NULL)
		b.limits = *limits;
	if (b.limits.max_message_bytes == 0)
		b.limits.max_message_bytes = SG_DRAFT_DEFAULT_MAX_BYTES;
	if (b.limits.max_depth == 0)
		b.limits.max_depth = SG_DRAFT_DEFAULT_MAX_DEPTH;
	if (b.limits.max_parts == 0)
		b.limits.max_parts = SG_DRAFT_DEFAULT_MAX_PARTS;
	if (len > b.limits.max_message_bytes) {
		g_set_error(error, SG_DRAFT_ERROR, SG_DRAFT_ERROR_LIMIT,
			    "message is %" G_GSIZE_FORMAT " bytes, over the "
			    "limit of %" G_GSIZE_FORMAT,
			    len, b.limits.max_message_bytes);
		return NULL;
	}

	draft = draft_alloc();
	note_set = g_hash_table_new(g_str_hash, g_str_equal);
	b.draft = draft;
	b.note_set = note_set;
	b.bodies = g_ptr_array_new_with_free_func(
		(GDestroyNotify)piece_build_free);
	b.text_attachments = g_ptr_array_new_with_free_func(
		(GDestroyNotify)piece_build_free);

	/* NUL is never part of a message (RFC 5322 §2.1; RFC 2045's 8bit and
	 * Postfix, which offers no BINARYMIME, exclude it), but GMime reads
	 * header values and parameters as C strings: a NUL in the Subject
	 * hid the rest of it, and one in a boundary hid every part from the
	 * checks.  We read each NUL as a space, and say so. */
	if (len > 0 && memchr(data, '\0', len) != NULL) {
		nul_free = g_memdup2(data, len);
		for (gsize i = 0; i < len; i++) {
			if (nul_free[i] == '\0') {
				nul_free[i] = ' ';
				n_nul++;
			}
		}
		data = nul_free;
		add_note(&b, "message contains %" G_GSIZE_FORMAT " NUL %s, "
			 "read as spaces", n_nul,
			 n_nul == 1 ? "byte" : "bytes");
	}

	/* Read in place: the parser keeps references into these bytes, which
	 * outlive the message (freed before returning). */
	g_autoptr(GBytes) input = g_bytes_new_static(data != NULL ? data : "",
						     len);
	stream = sg_stream_bytes_new(input);
	parser = g_mime_parser_new_with_stream(stream);
	options = g_mime_parser_options_new();
	g_mime_parser_options_set_warning_callback(options, parser_warning,
						   &b);
	message = g_mime_parser_construct_message(parser, options);
	if (message == NULL) {
		g_ptr_array_unref(b.bodies);
		g_ptr_array_unref(b.text_attachments);
		g_set_error(error, SG_DRAFT_ERROR, SG_DRAFT_ERROR_PARSE,
			    "not an RFC 5322 message");
		return NULL;
	}

	/* GMime files the Content-* headers under the top-level part. */
	collect_headers(draft, GMIME_OBJECT(message));
	if (g_mime_message_get_mime_part(message) != NULL)
		collect_headers(draft, g_mime_message_get_mime_part(message));
	subject = subject_piece(&b, message);
	walk(&b, g_mime_message_get_mime_part(message), 1, 0);

	finish_piece(draft, subject);
	piece_build_free(subject);
	for (guint i = 0; i < b.bodies->len; i++)
		finish_piece(draft, g_ptr_array_index(b.bodies, i));
	for (guint i = 0; i < b.text_attachments->len; i++)
		finish_piece(draft, g_ptr_array_index(b.text_attachments, i));
	g_ptr_array_sort(draft->links, compare_links);
	g_ptr_array_unref(b.bodies);
	g_ptr_array_unref(b.text_attachments);

	{
		g_autoptr(GPtrArray) from = g_ptr_array_new_with_free_func(
			g_free);
		g_autoptr(GHashTable) from_seen =
			g_hash_table_new(g_str_hash, g_str_equal);
		g_autoptr(GHashTable) seen =
			g_hash_table_new(g_str_hash, g_str_equal);

		collect_addresses(from, from_seen,
				  g_mime_message_get_from(message), 0);
		if (from->len > 0)
			draft->from = g_strdup(g_ptr_array_index(from, 0));
		collect_addresses(draft->recipients, seen,
				  g_mime_message_get_addresses(
					  message, GMIME_ADDRESS_TYPE_TO),
				  0);
		collect_addresses(draft->recipients, seen,
				  g_mime_message_get_addresses(
					  message, GMIME_ADDRESS_TYPE_CC),
				  0);
	}
	if (g_mime_message_get_date(message) != NULL)
		draft->date = g_date_time_ref(g_mime_message_get_date(message));
	return g_steal_pointer(&draft);
}

void
sg_draft_free(SgDraft *draft)
{
	if (draft == NULL)
		return;
	g_clear_pointer(&draft->pieces, g_ptr_array_unref);
	g_clear_pointer(&draft->links, g_ptr_array_unref);
	g_clear_pointer(&draft->attachments, g_ptr_array_unref);
	g_clear_pointer(&draft->notes, g_ptr_array_unref);
	g_clear_pointer(&draft->recipients, g_ptr_array_unref);
	g_clear_pointer(&draft->headers, g_ptr_array_unref);
	g_clear_pointer(&draft->from, g_free);
	g_clear_pointer(&draft->date, g_date_time_unref);
	g_free(draft);
}

const char *
sg_draft_get_subject(const SgDraft *draft)
{
	const SgTextPiece *subject;

	g_return_val_if_fail(draft != NULL, "");

	subject = g_ptr_array_index(draft->pieces, 0);
	return subject->text;
}

GPtrArray *
sg_draft_get_pieces(const SgDraft *draft)
{
	g_return_val_if_fail(draft != NULL, NULL);
	return draft->pieces;
}

GPtrArray *
sg_draft_get_links(const SgDraft *draft)
{
	g_return_val_if_fail(draft != NULL, NULL);
	return draft->links;
}

GPtrArray *
sg_draft_get_attachments(const SgDraft *draft)
{
	g_return_val_if_fail(draft != NULL, NULL);
	return draft->attachments;
}

GPtrArray *
sg_draft_get_notes(const SgDraft *draft)
{
	g_return_val_if_fail(draft != NULL, NULL);
	return draft->notes;
}

const char *
sg_draft_get_from(const SgDraft *draft)
{
	g_return_val_if_fail(draft != NULL, NULL);
	return draft->from;
}

GPtrArray *
sg_draft_get_recipients(const SgDraft *draft)
{
	g_return_val_if_fail(draft != NULL, NULL);
	return draft->recipients;
}

GDateTime *
sg_draft_get_date(const SgDraft *draft)
{
	g_return_val_if_fail(draft != NULL, NULL);
	return draft->date;
}

const char *
sg_draft_get_header(const SgDraft *draft, const char *name)
{
	g_return_val_if_fail(draft != NULL, NULL);
	g_return_val_if_fail(name != NULL, NULL);

	for (guint i = 0; i < draft->headers->len; i++) {
		const SgHeader *h = g_ptr_array_index(draft->headers, i);

		if (g_ascii_strcasecmp(h->name, name) == 0)
			return h->value;
	}
	return NULL;
}
