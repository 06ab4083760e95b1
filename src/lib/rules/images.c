/* The "images" check: image-privacy, clause 5(2) — portraits, privacy and
 * rights in the photos attached to a draft.
 *
 * An attachment is an image when its MIME type is image/(anything) or its first
 * bytes are a JPEG, PNG, GIF, WebP or HEIF signature (some clients label photos
 * application/octet-stream).  Three detections, each a rule of its own:
 * "consent" reminds, once per image, to confirm the consent of recognisable
 * people; "gps" reports a position left in the EXIF GPS tags (or an XMP
 * exif:GPSLatitude) in decimal degrees, since a photo taken at someone's home
 * gives the home away; "author" reports an EXIF Artist, Copyright or XPAuthor
 * naming someone not in allowed_authors (the ward), since a photo by someone
 * else needs their permission.  The EXIF block is located here, with every
 * length checked against the attachment (JPEG APP1 segments, the PNG eXIf
 * chunk, the WebP EXIF chunk, a TIFF file, or an "Exif\0\0" header inside
 * HEIF), and only that block is handed to libexif, with its "follow the
 * specification" option off so that it never invents entries.  Garbage or
 * truncated EXIF yields no finding beyond the consent reminder, never a crash.
 * This file does not look at pixels (no face detection) and does not strip
 * metadata: the finding tells staff to do it.  Compiled data is immutable;
 * libexif objects are per call, so checks may run in parallel.
 */
#include "config.h"

#include "../rules-private.h"

#include <snsgate/charset.h>

#include <math.h>
#include <string.h>

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

static const char *const images_keys[] = {
	"detect",
	"allowed_authors",
	"ignore_authors",
	NULL,
};

/* EXIF is at most one 64 KiB APP1 segment in a JPEG; other containers are
 * searched this far for it. */
#define SG_EXIF_SEARCH_BYTES (4 * 1024 * 1024)
#define SG_EXIF_MAX_BYTES (1024 * 1024)

/* Longest author text quoted in a finding, in characters. */
#define SG_AUTHOR_MAX_CHARS 80

typedef enum {
	SG_DETECT_CONSENT = 1 << 0,
	SG_DETECT_GPS = 1 << 1,
	SG_DETECT_AUTHOR = 1 << 2,
} SgImageDetect;

typedef struct {
	guint detect;
	char **allowed; /* normalized (SG_NORM_SQUEEZE) */
	char **ignored; /* normalized */
} SgImagesData;

static void
images_data_free(gpointer p)
{
	SgImagesData *data = p;

	g_strfreev(data->allowed);
	g_strfreev(data->ignored);
	g_free(data);
}

/* --- finding the EXIF block ----------------------------------------------- */

static const guchar exif_header[6] = {'E', 'x', 'i', 'f', 0, 0};

static bool
is_tiff_header(const guchar *d, gsize n)
{
	return n >= 8 &&
	       (memcmp(d, "II*\0", 4) == 0 || memcmp(d, "MM\0*", 4) == 0);
}

static guint32
be32(const guchar *d)
{
	return (guint32)d[0] << 24 | (guint32)d[1] << 16 | (guint32)d[2] << 8 |
	       d[3];
}

static guint32
le32(const guchar *d)
{
	return (guint32)d[3] << 24 | (guint32)d[2] << 16 | (guint32)d[1] << 8 |
	       d[0];
}

/* JPEG: the first APP1 segment that starts with "Exif\0\0", its length
 * checked against the data. */
static GBytes *
jpeg_exif(const guchar *d, gsize n)
{
	gsize pos = 2;

	while (pos + 4 <= n) {
		if (d[pos] != 0xFF)
			return NULL;
		while (pos < n && d[pos] == 0xFF)
			pos++;
		if (pos >= n)
			return NULL;
		guchar marker = d[pos++];
		if (marker == 0xD8 || marker == 0x01 ||
		    (marker >= 0xD0 && marker <= 0xD7))
			continue;
		/* Start of scan or end of image: no metadata after it. */
		if (marker == 0xDA || marker == 0xD9 || pos + 2 > n)
			return NULL;
		gsize seg = (gsize)d[pos] << 8 | d[pos + 1];
		if (seg < 2)
			return NULL;
		gsize body = pos + 2;
		gsize avail = MIN(seg - 2, n - body);
		if (marker == 0xE1 && avail >= 6 + 8 &&
		    memcmp(d + body, exif_header, 6) == 0)
			return g_bytes_new(d + body, avail);
		pos += seg;
	}
	return NULL;
}

/* Raw TIFF-structured EXIF (PNG eXIf, WebP EXIF, a TIFF file) gets the
 * "Exif\0\0" header libexif expects. */
static GBytes *
with_header(const guchar *tiff, gsize n)
{
	guchar *buf;

	n = MIN(n, (gsize)SG_EXIF_MAX_BYTES);
	buf = g_malloc(n + 6);
	memcpy(buf, exif_header, 6);
	memcpy(buf + 6, tiff, n);
	return g_bytes_new_take(buf, n + 6);
}

static GBytes *
png_exif(const guchar *d, gsize n)
{
	gsize pos = 8;

	while (pos + 12 <= n) {
		gsize len = be32(d + pos);

		if (len > n - pos - 12)
			return NULL;
		if (memcmp(d + pos + 4, "eXIf", 4) == 0) {
			const guchar *body = d + pos + 8;

			if (len >= 6 && memcmp(body, exif_header, 6) == 0)
				return g_bytes_new(body, len);
			return is_tiff_header(body, len)
			           ? with_header(body, len)
			           : NULL;
		}
		if (memcmp(d + pos + 4, "IDAT", 4) == 0 ||
		    memcmp(d + pos + 4, "IEND", 4) == 0)
			return NULL;
		pos += 12 + len;
	}
	return NULL;
}

static GBytes *
webp_exif(const guchar *d, gsize n)
{
	gsize pos = 12;

	while (pos + 8 <= n) {
		gsize len = le32(d + pos + 4);

		if (len > n - pos - 8)
			return NULL;
		if (memcmp(d + pos, "EXIF", 4) == 0) {
			const guchar *body = d + pos + 8;

			if (len >= 6 && memcmp(body, exif_header, 6) == 0)
				return g_bytes_new(body, len);
			return is_tiff_header(body, len)
			           ? with_header(body, len)
			           : NULL;
		}
		pos += 8 + len + (len & 1);
	}
	return NULL;
}

/* Anything else (HEIF keeps "Exif\0\0" + TIFF in an item): search. */
static GBytes *
search_exif(const guchar *d, gsize n)
{
	gsize limit = MIN(n, (gsize)SG_EXIF_SEARCH_BYTES);

	for (gsize i = 0; i + 14 <= limit; i++) {
		if (d[i] == 'E' && memcmp(d + i, exif_header, 6) == 0 &&
		    is_tiff_header(d + i + 6, limit - i - 6))
			return g_bytes_new(
			    d + i, MIN(limit - i, (gsize)SG_EXIF_MAX_BYTES));
	}
	return NULL;
}

static GBytes *
find_exif(const guchar *d, gsize n)
{
	if (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF)
		return jpeg_exif(d, n);
	if (n >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0)
		return png_exif(d, n);
	if (n >= 12 && memcmp(d, "RIFF", 4) == 0 &&
	    memcmp(d + 8, "WEBP", 4) == 0)
		return webp_exif(d, n);
	if (is_tiff_header(d, n))
		return with_header(d, n);
	return search_exif(d, n);
}

static bool
is_image(const SgAttachment *att)
{
	gsize n = 0;
	const guchar *d = att->data ? g_bytes_get_data(att->data, &n) : NULL;

	if (att->mime_type != NULL &&
	    g_str_has_prefix(att->mime_type, "image/"))
		return true;
	if (d == NULL)
		return false;
	return (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) ||
	       (n >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0) ||
	       (n >= 6 && memcmp(d, "GIF8", 4) == 0) ||
	       (n >= 12 && memcmp(d, "RIFF", 4) == 0 &&
	        memcmp(d + 8, "WEBP", 4) == 0) ||
	       (n >= 12 && memcmp(d + 4, "ftyp", 4) == 0 &&
	        (memcmp(d + 8, "hei", 3) == 0 ||
	         memcmp(d + 8, "mif1", 4) == 0 ||
	         memcmp(d + 8, "avif", 4) == 0));
}

static ExifData *
load_exif(const SgAttachment *att)
{
	gsize n = 0;
	const guchar *d = att->data ? g_bytes_get_data(att->data, &n) : NULL;
	g_autoptr(GBytes) block = NULL;
	ExifData *ed;
	gsize len = 0;
	const guchar *b;

	if (d == NULL || n < 8)
		return NULL;
	block = find_exif(d, n);
	if (block == NULL)
		return NULL;
	b = g_bytes_get_data(block, &len);
	ed = exif_data_new();
	if (ed == NULL)
		return NULL;
	/* Never add "mandatory" entries the file does not have. */
	exif_data_unset_option(ed, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
	exif_data_load_data(ed, b, (unsigned int)MIN(len, G_MAXUINT));
	return ed;
}

/* --- GPS ------------------------------------------------------------------ */

/* Degrees from an EXIF GPS coordinate (degrees, minutes, seconds as
 * rationals); false when absent or unreadable. */
static bool
gps_coordinate(ExifData *ed, ExifTag tag, ExifTag ref_tag, double max,
               double *out)
{
	ExifContent *gps = ed->ifd[EXIF_IFD_GPS];
	ExifEntry *e = gps ? exif_content_get_entry(gps, tag) : NULL;
	ExifEntry *ref = gps ? exif_content_get_entry(gps, ref_tag) : NULL;
	ExifByteOrder order = exif_data_get_byte_order(ed);
	double value = 0, scale = 1;
	gsize parts;

	if (e == NULL || e->data == NULL || e->format != EXIF_FORMAT_RATIONAL ||
	    e->components < 1)
		return false;
	parts = MIN(MIN(e->components, 3), e->size / 8);
	if (parts == 0)
		return false;
	for (gsize i = 0; i < parts; i++) {
		ExifRational r = exif_get_rational(e->data + 8 * i, order);

		if (r.denominator == 0) {
			if (i == 0)
				return false;
			continue;
		}
		value += (double)r.numerator / r.denominator / scale;
		scale *= 60;
	}
	if (!isfinite(value) || value > max)
		return false;
	if (ref != NULL && ref->data != NULL && ref->size >= 1 &&
	    (ref->data[0] == 'S' || ref->data[0] == 'W'))
		value = -value;
	*out = value;
	return true;
}

/* memmem(), which C11 does not have: binary data holds NULs, so the
 * g_str* functions would stop early. */
static const char *
find_bytes(const char *hay, gsize n, const char *needle)
{
	gsize m = strlen(needle);

	for (gsize i = 0; m > 0 && i + m <= n; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0)
			return hay + i;
	return NULL;
}

/* XMP's GPSCoordinate: "DDD,MM,SSk" or "DDD,MM.mmk" (k = N, S, E, W), as
 * an attribute (name="…") or an element (<name>…<). */
static bool
xmp_coordinate(const char *xmp, gsize n, const char *name, double max,
               double *out)
{
	g_autofree char *attr = g_strdup_printf("%s=\"", name);
	g_autofree char *elem = g_strdup_printf("%s>", name);
	const char *p = find_bytes(xmp, n, attr);
	char buf[64];
	double parts[3] = {0, 0, 0};
	guint count = 0;
	char *q, *end = NULL;

	if (p != NULL)
		p += strlen(attr);
	else if ((p = find_bytes(xmp, n, elem)) != NULL)
		p += strlen(elem);
	else
		return false;
	gsize avail = MIN(sizeof(buf) - 1, n - (gsize)(p - xmp));
	memcpy(buf, p, avail);
	buf[avail] = '\0';
	q = buf;
	while (count < 3) {
		parts[count++] = g_ascii_strtod(q, &end);
		if (end == q)
			return false;
		q = end;
		if (*q != ',')
			break;
		q++;
	}
	double value = parts[0] + parts[1] / 60 + parts[2] / 3600;
	if (!isfinite(value) || value < 0 || value > max)
		return false;
	if (*q == 'S' || *q == 'W')
		value = -value;
	else if (*q != 'N' && *q != 'E')
		return false;
	*out = value;
	return true;
}

static bool
find_gps(const SgAttachment *att, ExifData *ed, double *lat, double *lon,
         bool *present)
{
	gsize n = 0;
	const char *d = att->data ? g_bytes_get_data(att->data, &n) : NULL;

	*present = false;
	if (ed != NULL) {
		ExifContent *gps = ed->ifd[EXIF_IFD_GPS];

		*present =
		    gps != NULL &&
		    (exif_content_get_entry(gps, EXIF_TAG_GPS_LATITUDE) ||
		     exif_content_get_entry(gps, EXIF_TAG_GPS_LONGITUDE));
		if (gps_coordinate(ed, EXIF_TAG_GPS_LATITUDE,
		                   EXIF_TAG_GPS_LATITUDE_REF, 90, lat) &&
		    gps_coordinate(ed, EXIF_TAG_GPS_LONGITUDE,
		                   EXIF_TAG_GPS_LONGITUDE_REF, 180, lon))
			return true;
	}
	if (d != NULL) {
		gsize limit = MIN(n, (gsize)SG_EXIF_SEARCH_BYTES);

		if (xmp_coordinate(d, limit, "exif:GPSLatitude", 90, lat) &&
		    xmp_coordinate(d, limit, "exif:GPSLongitude", 180, lon)) {
			*present = true;
			return true;
		}
		if (find_bytes(d, limit, "exif:GPSLatitude") != NULL)
			*present = true;
	}
	return false;
}

/* --- authors -------------------------------------------------------------- */

/* EXIF ASCII is often UTF-8 or Shift_JIS in practice. */
static char *
exif_text(const guchar *data, gsize n)
{
	if (g_utf8_validate((const char *)data, (gssize)n, NULL))
		return g_strndup((const char *)data, n);
	guint errors = 0;
	char *s = sg_charset_to_utf8("windows-31j", (const char *)data, n,
	                             &errors, NULL);
	if (s != NULL && errors == 0)
		return s;
	g_free(s);
	return g_utf8_make_valid((const char *)data, (gssize)n);
}

/* Printable, single-spaced, at most SG_AUTHOR_MAX_CHARS characters. */
static char *
tidy(const char *s)
{
	GString *out = g_string_new(NULL);
	guint chars = 0;
	bool space = false;

	for (const char *p = s; *p && chars < SG_AUTHOR_MAX_CHARS;
	     p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (g_unichar_isspace(c) || g_unichar_iscntrl(c) || c == 0) {
			space = out->len > 0;
			continue;
		}
		if (space)
			g_string_append_c(out, ' ');
		space = false;
		g_string_append_unichar(out, c);
		chars++;
	}
	return g_string_free(out, FALSE);
}

static char *
entry_text(ExifData *ed, ExifTag tag)
{
	ExifContent *ifd0 = ed->ifd[EXIF_IFD_0];
	ExifEntry *e = ifd0 ? exif_content_get_entry(ifd0, tag) : NULL;
	GString *all;

	if (e == NULL || e->data == NULL || e->size == 0)
		return NULL;
	if (tag == EXIF_TAG_XP_AUTHOR) {
		/* UCS-2 little endian, NUL-terminated. */
		gsize units = e->size / 2;
		g_autofree gunichar2 *u = g_new0(gunichar2, units + 1);

		for (gsize i = 0; i < units; i++)
			u[i] = (gunichar2)(e->data[2 * i] | e->data[2 * i + 1]
			                                        << 8);
		g_autofree char *s = g_utf16_to_utf8(u, -1, NULL, NULL, NULL);
		return s ? tidy(s) : NULL;
	}
	if (e->format != EXIF_FORMAT_ASCII &&
	    e->format != EXIF_FORMAT_UNDEFINED)
		return NULL;
	/* Copyright holds "photographer\0editor\0". */
	all = g_string_new(NULL);
	for (gsize i = 0; i < e->size;) {
		gsize len = 0;

		while (i + len < e->size && e->data[i + len] != 0)
			len++;
		if (len > 0) {
			g_autofree char *s = exif_text(e->data + i, len);
			g_autofree char *t = tidy(s);

			if (*t != '\0') {
				if (all->len > 0)
					g_string_append(all, " / ");
				g_string_append(all, t);
			}
		}
		i += len + 1;
	}
	return g_string_free(all, all->len == 0);
}

/* Whether @name needs no finding: it names the ward (allowed_authors), or
 * says nothing ("Copyright", "(c) 2026", "unknown"). */
static bool
author_is_fine(const SgImagesData *data, const char *name)
{
	g_autofree char *norm = sg_normalize_string(name, SG_NORM_SQUEEZE);
	GString *letters = g_string_new(NULL);
	g_autofree char *rest = NULL;

	for (guint i = 0; data->allowed[i] != NULL; i++)
		if (strstr(norm, data->allowed[i]) != NULL) {
			g_string_free(letters, TRUE);
			return true;
		}
	for (const char *p = norm; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		/* "(c)" is the copyright sign, not a name. */
		if (g_str_has_prefix(p, "(c)")) {
			p += 2;
			continue;
		}
		if (g_unichar_isalpha(c))
			g_string_append_unichar(letters, c);
	}
	rest = g_string_free(letters, FALSE);
	for (guint i = 0; data->ignored[i] != NULL; i++) {
		char *hit;

		while ((hit = strstr(rest, data->ignored[i])) != NULL)
			memmove(hit, hit + strlen(data->ignored[i]),
			        strlen(hit + strlen(data->ignored[i])) + 1);
	}
	return *rest == '\0';
}

static char *
foreign_authors(const SgImagesData *data, ExifData *ed)
{
	static const struct {
		ExifTag tag;
		const char *label;
	} fields[] = {
		{EXIF_TAG_ARTIST, "Artist"},
		{EXIF_TAG_COPYRIGHT, "Copyright"},
		{EXIF_TAG_XP_AUTHOR, "XPAuthor"},
	};
	GString *out = g_string_new(NULL);

	for (guint i = 0; i < G_N_ELEMENTS(fields); i++) {
		g_autofree char *name = entry_text(ed, fields[i].tag);

		if (name == NULL || author_is_fine(data, name))
			continue;
		if (out->len > 0)
			g_string_append(out, "; ");
		g_string_append_printf(out, "%s: %s", fields[i].label, name);
	}
	return g_string_free(out, out->len == 0);
}

/* --- findings ------------------------------------------------------------- */

static char *
fill_message(const char *template, const char *image, const char *detail)
{
	GString *out = g_string_new(NULL);

	for (const char *p = template; *p;) {
		if (g_str_has_prefix(p, "{image}")) {
			g_string_append(out, image);
			p += 7;
		} else if (g_str_has_prefix(p, "{detail}")) {
			g_string_append(out, detail);
			p += 8;
		} else {
			g_string_append_c(out, *p++);
		}
	}
	return g_string_free(out, FALSE);
}

static void
report(SgCheckRun *run, const SgRule *rule, const char *name,
       const char *excerpt, const char *detail, const char *detail_ja)
{
	SgFinding *f = sg_check_run_add_whole(run, rule, excerpt);
	char *ja = fill_message(f->message_ja, name,
	                        detail_ja ? detail_ja : detail ? detail : "");
	char *en = fill_message(f->message_en, name, detail ? detail : "");

	f->piece_kind = SG_PIECE_ATTACHMENT;
	g_free(f->piece_name);
	f->piece_name = g_strdup(name);
	g_free(f->message_ja);
	g_free(f->message_en);
	f->message_ja = ja;
	f->message_en = en;
	g_free(f->detail);
	f->detail = g_strdup(detail);
	g_free(f->matched);
	f->matched = g_strdup(excerpt);
}

static bool
images_check(const SgRule *rule, SgCheckRun *run, GError **error)
{
	const SgImagesData *data = rule->data;
	GPtrArray *atts = sg_draft_get_attachments(sg_check_run_get_draft(run));
	g_autoptr(GHashTable) names =
	    g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	guint n_images = 0;

	for (guint i = 0; i < atts->len; i++) {
		const SgAttachment *att = g_ptr_array_index(atts, i);
		ExifData *ed = NULL;

		if (!is_image(att))
			continue;
		n_images++;
		g_autofree char *name =
		    att->filename && *att->filename
		        ? g_strdup(att->filename)
		        : g_strdup_printf("image%u", n_images);
		/* The excerpt tells two images of the same name apart (the
		 * engine drops repeats at the same place). */
		guint seen = GPOINTER_TO_UINT(g_hash_table_lookup(names, name));
		g_hash_table_replace(names, g_strdup(name),
		                     GUINT_TO_POINTER(seen + 1));
		g_autofree char *excerpt =
		    seen == 0 ? g_strdup(name)
		              : g_strdup_printf("%s (%u)", name, seen + 1);

		if (data->detect & SG_DETECT_CONSENT)
			report(run, rule, name, excerpt, NULL, NULL);
		if (!(data->detect & (SG_DETECT_GPS | SG_DETECT_AUTHOR)))
			continue;
		ed = load_exif(att);
		if (data->detect & SG_DETECT_GPS) {
			double lat = 0, lon = 0;
			bool present = false;

			if (find_gps(att, ed, &lat, &lon, &present)) {
				char a[G_ASCII_DTOSTR_BUF_SIZE];
				char b[G_ASCII_DTOSTR_BUF_SIZE];
				g_autofree char *pos = g_strdup_printf(
				    "%s, %s",
				    g_ascii_formatd(a, sizeof(a), "%.4f", lat),
				    g_ascii_formatd(b, sizeof(b), "%.4f", lon));

				report(run, rule, name, excerpt, pos, NULL);
			} else if (present) {
				report(run, rule, name, excerpt,
				       "position unreadable",
				       "位置は読み取れません");
			}
		}
		if ((data->detect & SG_DETECT_AUTHOR) && ed != NULL) {
			g_autofree char *who = foreign_authors(data, ed);

			if (who != NULL)
				report(run, rule, name, excerpt, who, NULL);
		}
		if (ed != NULL)
			exif_data_unref(ed);
	}
	return true;
}

/* --- compiling ------------------------------------------------------------ */

static char **
normalized_list(SgRuleLoader *loader, const char *key, bool letters_only)
{
	g_auto(GStrv) items = sg_rule_loader_get_list(loader, key);
	GPtrArray *out = g_ptr_array_new();

	for (guint i = 0; items[i] != NULL; i++) {
		char *norm = sg_normalize_string(items[i], SG_NORM_SQUEEZE);

		if (letters_only) {
			GString *s = g_string_new(NULL);

			for (const char *p = norm; *p; p = g_utf8_next_char(p))
				if (g_unichar_isalpha(g_utf8_get_char(p)))
					g_string_append_unichar(
					    s, g_utf8_get_char(p));
			g_free(norm);
			norm = g_string_free(s, FALSE);
		}
		if (*norm == '\0')
			g_free(norm);
		else
			g_ptr_array_add(out, norm);
	}
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

static bool
images_compile(SgRule *rule, SgRuleLoader *loader)
{
	SgImagesData *data = g_new0(SgImagesData, 1);
	g_auto(GStrv) detect = sg_rule_loader_get_list(loader, "detect");
	bool ok = true;

	rule->data = data;
	for (guint i = 0; detect[i] != NULL; i++) {
		if (g_ascii_strcasecmp(detect[i], "consent") == 0)
			data->detect |= SG_DETECT_CONSENT;
		else if (g_ascii_strcasecmp(detect[i], "gps") == 0)
			data->detect |= SG_DETECT_GPS;
		else if (g_ascii_strcasecmp(detect[i], "author") == 0)
			data->detect |= SG_DETECT_AUTHOR;
		else {
			sg_rule_loader_problem(loader, "detect", NULL, 0,
			                       "unknown detect '%s': use "
			                       "consent, gps or author",
			                       detect[i]);
			ok = false;
		}
	}
	if (detect[0] == NULL) {
		sg_rule_loader_problem(loader, NULL, NULL, 0,
		                       "an images rule needs detect = "
		                       "consent, gps or author");
		ok = false;
	}
	data->allowed = normalized_list(loader, "allowed_authors", false);
	data->ignored = normalized_list(loader, "ignore_authors", true);
	return ok;
}

const SgRuleKind sg_rule_kind_images = {
	.name = "images",
	.keys = images_keys,
	.compile = images_compile,
	.check = images_check,
	.free_data = images_data_free,
};
