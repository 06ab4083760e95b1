/* The "links" check: harmful-links, clause 5(4)カ.
 *
 * Every link a reader of the post could follow is collected: the <a href>
 * targets draft.c records from HTML (with the text they show), URLs written
 * in any text piece (subject, bodies, text attachments), found again here in
 * the normalized view so that full-width letters, zero-width characters and
 * upper case do not hide one, and bare host names with a known top-level
 * domain ("city-chiyoda.lg.jp/…"), which X and most clients make clickable.
 * Each link is parsed the way a browser would (WHATWG URL: any number of
 * slashes after a special scheme, userinfo before the last '@', a host that
 * ends in a number is IPv4), its host converted with ICU's UTS #46 IDNA, and
 * then each rule tests what its "detect" key names: a scheme other than the
 * allowed ones (javascript:, data:), an IP-literal host, a blocklisted
 * domain or host keyword, a look-alike of a protected domain (the [allow]
 * domains: ICU spoof-checker skeletons, then edit distance and shared labels
 * for typo-squats), a label that mixes scripts, a punycode host, link text
 * that shows another host than the link goes to, userinfo tricks, and URL
 * shorteners.  Hosts in the [allow] domains and their subdomains are the
 * ward's own and never draw a host finding.  This file does not resolve
 * names, fetch anything or keep a reputation cache: it judges the link as
 * written, so a harmless-looking host that is malicious today is only caught
 * when an administrator lists it.  Compiled data (IDNA and spoof-checker
 * handles, lists) is immutable after compile; ICU documents both handles as
 * safe for concurrent use by their const functions, so checks may run in
 * parallel threads.
 */
#include "config.h"

#include "../rules-private.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uidna.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>

static const char *const links_keys[] = {
	"detect",          "blocked_domains",
	"host_keywords",   "shorteners",
	"allowed_schemes", "protect",
	"same_sites",      "tlds",
	"max_links",       NULL,
};

/* A URL longer than this is cut before parsing: hosts are at most 253
 * bytes (RFC 1035) and nothing past the host changes a verdict, while an
 * attacker could otherwise make every step scale with a megabyte "URL". */
#define SG_LINK_MAX_URL 4096
#define SG_LINK_MAX_HOST 512

/* Links checked per draft unless the rule sets max_links: far more than any
 * post has, few enough that a draft of a hundred thousand URLs cannot tie
 * up a milter thread. */
#define SG_LINK_MAX_LINKS 1000

/* A URL quoted in a message or as an HTML link's excerpt is cut after this
 * many characters. */
#define SG_LINK_SHOWN_CHARS 200

/* Edit distance is computed only on hosts up to this many code points. */
#define SG_LINK_MAX_DISTANCE_LEN 128

typedef enum {
	SG_DETECT_SCHEME = 1 << 0,
	SG_DETECT_IP = 1 << 1,
	SG_DETECT_BLOCKLIST = 1 << 2,
	SG_DETECT_KEYWORDS = 1 << 3,
	SG_DETECT_LOOKALIKE = 1 << 4,
	SG_DETECT_MIXED_SCRIPT = 1 << 5,
	SG_DETECT_PUNYCODE = 1 << 6,
	SG_DETECT_MISMATCH = 1 << 7,
	SG_DETECT_USERINFO = 1 << 8,
	SG_DETECT_SHORTENER = 1 << 9,
} SgLinkDetect;

static const struct {
	const char *name;
	SgLinkDetect flag;
} detect_names[] = {
	{"scheme", SG_DETECT_SCHEME},
	{"ip-literal", SG_DETECT_IP},
	{"blocklist", SG_DETECT_BLOCKLIST},
	{"keywords", SG_DETECT_KEYWORDS},
	{"lookalike", SG_DETECT_LOOKALIKE},
	{"mixed-script", SG_DETECT_MIXED_SCRIPT},
	{"punycode", SG_DETECT_PUNYCODE},
	{"mismatch", SG_DETECT_MISMATCH},
	{"userinfo", SG_DETECT_USERINFO},
	{"shortener", SG_DETECT_SHORTENER},
};

/* Labels too common in domain names to identify an organisation: the brand
 * of city.chiyoda.lg.jp is "chiyoda", not "city" or "jp". */
static const char *const generic_tokens[] = {
	"www", "city", "town", "vill",     "village", "pref", "ward",
	"ku",  "lg",   "go",   "ac",       "co",      "or",   "ne",
	"ed",  "gr",   "ad",   "jp",       "com",     "net",  "org",
	"gov", "edu",  "info", "official", "koho",    "mail", NULL,
};

/* A domain the look-alike test protects, precomputed at compile. */
typedef struct {
	char *ascii; /* city.chiyoda.lg.jp */
	char *fold;  /* skeleton, no marks, lower case */
	gunichar *fold_ucs;
	glong fold_n;
	guint n_labels;
	char **tokens; /* fold split at '.', '-', '_' */
	char *brand;   /* the distinctive token, or NULL */
	guint max_distance;
} SgProtected;

typedef struct {
	guint detect;
	GPtrArray *blocked;    /* char *: ASCII domains, suffix match */
	GPtrArray *keywords;   /* char *: glob patterns on host tokens */
	GPtrArray *shorteners; /* char *: ASCII domains, suffix match */
	char **schemes;        /* allowed schemes, lower case */
	GPtrArray *own;        /* char *: [allow] domains, ASCII */
	GPtrArray *protect;    /* SgProtected * */
	GHashTable *tlds;      /* known top-level domains, ASCII */
	GPtrArray *same_sites; /* char **: domains that are one site */
	guint max_links;       /* links checked per draft */
	UIDNA *idna;
	USpoofChecker *spoof;
} SgLinksData;

/* A link found in the draft. */
typedef struct {
	guint index;      /* run piece index */
	gsize start, end; /* original byte span in the piece */
	char *written;    /* the URL as written (href or text span) */
	char *shown;      /* visible link text of an HTML link */
	bool html;        /* an <a href>: the excerpt is the href */
	bool bare;        /* written without a scheme */
} SgLinkHit;

/* A parsed URL. */
typedef struct {
	char *canonical;    /* NFKC of the URL, for matching */
	char *scheme;       /* lower case; NULL when none */
	char *userinfo;     /* before the '@'; NULL when none */
	char *host_written; /* NFKC, percent-decoded, case kept */
	char *host_ascii;   /* IDNA ToASCII; NULL when no host */
	char *host_unicode; /* IDNA ToUnicode */
	bool idna_invalid;
	bool ip;
	char *ip_text; /* "192.168.1.1", "[::1]" */
	bool punycode; /* an xn-- label as written */
} SgUrl;

static void
protected_free(gpointer p)
{
	SgProtected *prot = p;

	g_free(prot->ascii);
	g_free(prot->fold);
	g_free(prot->fold_ucs);
	g_strfreev(prot->tokens);
	g_free(prot);
}

static void
links_data_free(gpointer p)
{
	SgLinksData *data = p;

	g_clear_pointer(&data->blocked, g_ptr_array_unref);
	g_clear_pointer(&data->keywords, g_ptr_array_unref);
	g_clear_pointer(&data->shorteners, g_ptr_array_unref);
	g_clear_pointer(&data->schemes, g_strfreev);
	g_clear_pointer(&data->own, g_ptr_array_unref);
	g_clear_pointer(&data->protect, g_ptr_array_unref);
	g_clear_pointer(&data->tlds, g_hash_table_unref);
	g_clear_pointer(&data->same_sites, g_ptr_array_unref);
	g_clear_pointer(&data->idna, uidna_close);
	g_clear_pointer(&data->spoof, uspoof_close);
	g_free(data);
}

static void
url_clear(SgUrl *url)
{
	g_free(url->canonical);
	g_free(url->scheme);
	g_free(url->userinfo);
	g_free(url->host_written);
	g_free(url->host_ascii);
	g_free(url->host_unicode);
	g_free(url->ip_text);
	memset(url, 0, sizeof(*url));
}

static void
hit_free(gpointer p)
{
	SgLinkHit *hit = p;

	g_free(hit->written);
	g_free(hit->shown);
	g_free(hit);
}

/* --- Unicode helpers ------------------------------------------------------ */

/* NFKC (not case folded: the case of a host matters to the look-alike
 * test, "Ig" for "lg"), without default-ignorable characters (U+200B, soft
 * hyphen, ...) and without the tabs and line ends browsers strip from a
 * URL. */
static char *
nfkc_clean(const char *s, gssize len)
{
	UErrorCode status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
	g_autofree gunichar2 *src = NULL;
	g_autofree UChar *dst = NULL;
	glong n = 0;
	int32_t cap, m;

	src = g_utf8_to_utf16(s, len, NULL, &n, NULL);
	if (src == NULL || U_FAILURE(status))
		return g_utf8_make_valid(s, len);
	cap = (int32_t)n * 4 + 16;
	dst = g_new(UChar, cap);
	m = unorm2_normalize(nfkc, (const UChar *)src, (int32_t)n, dst, cap,
	                     &status);
	if (U_FAILURE(status))
		return g_utf8_make_valid(s, len);

	GString *out = g_string_sized_new((gsize)m);
	for (int32_t i = 0; i < m;) {
		UChar32 c;

		U16_NEXT(dst, i, m, c);
		if (c == '\t' || c == '\n' || c == '\r' ||
		    u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
			continue;
		g_string_append_unichar(out, (gunichar)c);
	}
	return g_string_free(out, FALSE);
}

/* Skeleton (UTS #39), then NFD without combining marks, then lower case:
 * the form in which "cíty", "сity" (Cyrillic) and "city" are one. */
static char *
fold_host(const USpoofChecker *spoof, const char *s)
{
	UErrorCode status = U_ZERO_ERROR;
	char buf[SG_LINK_MAX_HOST * 4];
	int32_t n =
	    uspoof_getSkeletonUTF8(spoof, 0, s, -1, buf, sizeof(buf), &status);
	g_autofree char *skel =
	    U_SUCCESS(status) ? g_strndup(buf, (gsize)n) : g_strdup(s);
	g_autofree char *nfd = g_utf8_normalize(skel, -1, G_NORMALIZE_NFD);
	GString *out = g_string_new(NULL);

	for (const char *p = nfd ? nfd : skel; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (g_unichar_ismark(c))
			continue;
		g_string_append_unichar(out, g_unichar_tolower(c));
	}
	return g_string_free(out, FALSE);
}

/* Optimal string alignment distance (Damerau-Levenshtein with adjacent
 * transpositions), on code points. */
static guint
edit_distance(const gunichar *a, glong n, const gunichar *b, glong m)
{
	if (n > SG_LINK_MAX_DISTANCE_LEN || m > SG_LINK_MAX_DISTANCE_LEN)
		return G_MAXUINT;
	g_autofree guint *d = g_new(guint, (gsize)((n + 1) * (m + 1)));
#define D(i, j) d[(gsize)(i) * (gsize)(m + 1) + (gsize)(j)]
	for (glong i = 0; i <= n; i++)
		D(i, 0) = (guint)i;
	for (glong j = 0; j <= m; j++)
		D(0, j) = (guint)j;
	for (glong i = 1; i <= n; i++) {
		for (glong j = 1; j <= m; j++) {
			guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
			guint v = MIN(D(i - 1, j) + 1, D(i, j - 1) + 1);

			v = MIN(v, D(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1])
				v = MIN(v, D(i - 2, j - 2) + 1);
			D(i, j) = v;
		}
	}
	guint result = D(n, m);
#undef D
	return result;
}

static guint
distance_utf8(const char *a, const gunichar *b, glong m)
{
	glong n = 0;
	g_autofree gunichar *ua = g_utf8_to_ucs4_fast(a, -1, &n);

	return edit_distance(ua, n, b, m);
}

static bool
host_is_within(const char *host, const char *domain)
{
	gsize h = strlen(host), d = strlen(domain);

	if (h == d)
		return strcmp(host, domain) == 0;
	return h > d && host[h - d - 1] == '.' &&
	       strcmp(host + h - d, domain) == 0;
}

static bool
host_in_list(const char *host, GPtrArray *list, const char **which)
{
	for (guint i = 0; list && i < list->len; i++) {
		const char *d = g_ptr_array_index(list, i);

		if (host_is_within(host, d)) {
			if (which)
				*which = d;
			return true;
		}
	}
	return false;
}

static guint
count_labels(const char *host)
{
	guint n = 1;

	for (const char *p = host; *p; p++)
		n += *p == '.';
	return n;
}

/* The last @n labels of @host (a pointer into it). */
static const char *
last_labels(const char *host, guint n)
{
	const char *p = host + strlen(host);
	guint seen = 0;

	while (p > host) {
		if (p[-1] == '.' && ++seen == n)
			return p;
		p--;
	}
	return host;
}

/* --- host conversion ------------------------------------------------------ */

static bool
idna_convert(const UIDNA *idna, const char *host, bool to_ascii, char **out)
{
	UErrorCode status = U_ZERO_ERROR;
	UIDNAInfo info = UIDNA_INFO_INITIALIZER;
	char buf[SG_LINK_MAX_HOST * 4];
	int32_t n;

	if (to_ascii)
		n = uidna_nameToASCII_UTF8(idna, host, -1, buf, sizeof(buf),
		                           &info, &status);
	else
		n = uidna_nameToUnicodeUTF8(idna, host, -1, buf, sizeof(buf),
		                            &info, &status);
	if (U_FAILURE(status) || n < 0 || n >= (int32_t)sizeof(buf)) {
		*out = g_ascii_strdown(host, -1);
		return false;
	}
	while (n > 0 && buf[n - 1] == '.')
		n--;
	*out = g_strndup(buf, (gsize)n);
	return info.errors == 0;
}

/* A domain from a list or the configuration, as IDNA ASCII; NULL when it
 * is not a host name. */
static char *
domain_to_ascii(const UIDNA *idna, const char *entry)
{
	g_autofree char *clean = nfkc_clean(entry, -1);
	char *p = g_strstrip(clean);
	char *ascii = NULL;

	while (*p == '*' || *p == '.')
		p++;
	if (*p == '\0' || strlen(p) > SG_LINK_MAX_HOST ||
	    strpbrk(p, " /:@") != NULL)
		return NULL;
	if (!idna_convert(idna, p, true, &ascii) || *ascii == '\0') {
		g_free(ascii);
		return NULL;
	}
	return ascii;
}

/* --- IPv4 in the forms browsers accept ------------------------------------ */

static bool
parse_ipv4_part(const char *s, guint64 *value)
{
	guint base = 10;
	guint64 v = 0;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	} else if (s[0] == '0' && s[1] != '\0') {
		base = 8;
		s++;
	}
	for (; *s; s++) {
		int digit = g_ascii_xdigit_value(*s);

		if (digit < 0 || (guint)digit >= base)
			return false;
		v = v * base + (guint)digit;
		if (v > G_MAXUINT32)
			return false;
	}
	*value = v;
	return true;
}

/* WHATWG URL "ends in a number": such a host is parsed as IPv4 (decimal,
 * octal, hex, and one to four parts: http://3232235777/ is 192.168.1.1).
 * Returns true for every such host; @text gets the dotted form, or a note
 * when browsers would reject it. */
static bool
host_is_ipv4(const char *host, char **text)
{
	g_auto(GStrv) parts = g_strsplit(host, ".", -1);
	guint n = g_strv_length(parts);
	const char *last;

	if (n > 0 && parts[n - 1][0] == '\0')
		n--;
	if (n == 0)
		return false;
	last = parts[n - 1];
	if (last[0] == '\0')
		return false;
	bool numeric = true;
	if (last[0] == '0' && (last[1] == 'x' || last[1] == 'X')) {
		for (const char *p = last + 2; *p; p++)
			numeric = numeric && g_ascii_isxdigit(*p);
	} else {
		for (const char *p = last; *p; p++)
			numeric = numeric && g_ascii_isdigit(*p);
	}
	if (!numeric)
		return false;

	guint64 v[4] = {0};
	bool ok = n <= 4;
	for (guint i = 0; ok && i < n; i++)
		ok = parts[i][0] != '\0' && parse_ipv4_part(parts[i], &v[i]);
	guint64 addr = 0;
	if (ok) {
		for (guint i = 0; i + 1 < n; i++) {
			ok = ok && v[i] <= 255;
			addr |= v[i] << (24 - 8 * i);
		}
		guint64 max = G_MAXUINT32 >> (8 * (n - 1));
		ok = ok && v[n - 1] <= max;
		addr |= v[n - 1];
	}
	if (ok)
		*text = g_strdup_printf(
		    "%u.%u.%u.%u", (guint)(addr >> 24) & 0xff,
		    (guint)(addr >> 16) & 0xff, (guint)(addr >> 8) & 0xff,
		    (guint)addr & 0xff);
	else
		*text = g_strdup_printf("%s (not a valid address)", host);
	return true;
}

/* --- URL parsing ---------------------------------------------------------- */

static bool
scheme_is_special(const char *scheme)
{
	static const char *const special[] = {"http", "https", "ftp", "ws",
	                                      "wss",  "file",  NULL};

	return g_strv_contains(special, scheme);
}

static char *
percent_decode(const char *s, gsize len)
{
	GString *out = g_string_sized_new(len);

	for (gsize i = 0; i < len; i++) {
		if (s[i] == '%' && i + 2 < len && g_ascii_isxdigit(s[i + 1]) &&
		    g_ascii_isxdigit(s[i + 2])) {
			g_string_append_c(
			    out, (char)(g_ascii_xdigit_value(s[i + 1]) * 16 +
			                g_ascii_xdigit_value(s[i + 2])));
			i += 2;
		} else {
			g_string_append_c(out, s[i]);
		}
	}
	char *raw = g_string_free(out, FALSE);
	char *valid = g_utf8_make_valid(raw, -1);

	g_free(raw);
	return valid;
}

static bool
label_is_tld(GHashTable *tlds, const char *label, gsize len)
{
	g_autofree char *lower = g_ascii_strdown(label, (gssize)len);

	return g_hash_table_contains(tlds, lower) ||
	       g_str_has_prefix(lower, "xn--");
}

/* Whether @s (up to the first '/', '?' or '#') reads as a host name with a
 * known top-level domain: "example.com/x" in an href is meant as a site,
 * "page.html" as a relative path. */
static bool
looks_like_domain(const char *s, GHashTable *tlds)
{
	gsize n = strcspn(s, "/?#\\:");
	const char *dot = g_strrstr_len(s, (gssize)n, ".");

	if (dot == NULL || dot == s)
		return false;
	return label_is_tld(tlds, dot + 1, n - (gsize)(dot + 1 - s));
}

static void
parse_url(const SgLinksData *data, const char *written, bool bare, SgUrl *url)
{
	g_autofree char *cut = g_utf8_make_valid(
	    written, (gssize)MIN(strlen(written), SG_LINK_MAX_URL));
	g_autofree char *s = nfkc_clean(cut, -1);
	const char *p = g_strstrip(s);
	const char *authority = NULL;

	memset(url, 0, sizeof(*url));
	url->canonical = g_strdup(p);

	/* scheme ":" — unless it is "host.name:8080" written bare. */
	gsize k = 0;
	if (!bare && g_ascii_isalpha(p[0])) {
		k = 1;
		while (g_ascii_isalnum(p[k]) || p[k] == '+' || p[k] == '-' ||
		       p[k] == '.')
			k++;
		if (p[k] != ':' ||
		    (memchr(p, '.', k) != NULL && g_ascii_isdigit(p[k + 1])))
			k = 0;
	}
	if (k > 0) {
		url->scheme = g_ascii_strdown(p, (gssize)k);
		p += k + 1;
		if (scheme_is_special(url->scheme)) {
			/* Browsers take any run of '/' and '\'. */
			while (*p == '/' || *p == '\\')
				p++;
			authority = p;
		} else if (p[0] == '/' && p[1] == '/') {
			authority = p + 2;
		}
	} else if ((p[0] == '/' || p[0] == '\\') &&
	           (p[1] == '/' || p[1] == '\\')) {
		while (*p == '/' || *p == '\\')
			p++;
		authority = p;
	} else if (bare || looks_like_domain(p, data->tlds)) {
		authority = p;
	}
	if (authority == NULL)
		return;

	gsize alen = strcspn(authority, "/\\?#");
	const char *at = g_strrstr_len(authority, (gssize)alen, "@");
	const char *hostport = authority;
	if (at != NULL) {
		url->userinfo = g_strndup(authority, (gsize)(at - authority));
		hostport = at + 1;
		alen -= (gsize)(hostport - authority);
	}
	gsize hlen;
	if (hostport[0] == '[') {
		const char *close = memchr(hostport, ']', alen);

		hlen = close ? (gsize)(close - hostport) + 1 : alen;
		url->ip = true;
		url->ip_text = g_strndup(hostport, hlen);
	} else {
		const char *colon = memchr(hostport, ':', alen);

		hlen = colon ? (gsize)(colon - hostport) : alen;
	}
	if (hlen == 0 || hlen > SG_LINK_MAX_HOST)
		return;
	url->host_written = percent_decode(hostport, hlen);
	gsize n = strlen(url->host_written);
	while (n > 0 && url->host_written[n - 1] == '.')
		url->host_written[--n] = '\0';
	if (n == 0) {
		g_clear_pointer(&url->host_written, g_free);
		return;
	}
	if (url->ip) {
		url->host_ascii = g_ascii_strdown(url->host_written, -1);
		url->host_unicode = g_strdup(url->host_ascii);
		return;
	}
	url->idna_invalid = !idna_convert(data->idna, url->host_written, true,
	                                  &url->host_ascii);
	if (!idna_convert(data->idna, url->host_written, false,
	                  &url->host_unicode))
		url->idna_invalid = true;
	if (*url->host_ascii == '\0') {
		g_clear_pointer(&url->host_written, g_free);
		g_clear_pointer(&url->host_ascii, g_free);
		g_clear_pointer(&url->host_unicode, g_free);
		return;
	}
	url->ip = host_is_ipv4(url->host_ascii, &url->ip_text);
	g_autofree char *lower = g_ascii_strdown(url->host_written, -1);
	url->punycode =
	    g_str_has_prefix(lower, "xn--") || strstr(lower, ".xn--") != NULL;
}

/* Outlook's Safe Links wrap every link of a received mail; the target is
 * the url= parameter.  A draft forwarded from a mailbox may carry them. */
static char *
unwrap_redirect(const SgUrl *url)
{
	const char *q;

	if (url->host_ascii == NULL ||
	    !g_str_has_suffix(url->host_ascii,
	                      "safelinks.protection.outlook.com"))
		return NULL;
	q = strstr(url->canonical, "?url=");
	if (q == NULL)
		q = strstr(url->canonical, "&url=");
	if (q == NULL)
		return NULL;
	q += 5;
	return percent_decode(q, strcspn(q, "&#"));
}

/* --- finding URLs in text ------------------------------------------------- */

static bool
is_host_char(gunichar c)
{
	if (c < 0x80)
		return g_ascii_isalnum((char)c) || c == '-' || c == '_';
	/* Latin, Greek and Cyrillic letters: the material of look-alikes.
	 * Japanese text, which often follows a URL without a space, ends
	 * it. */
	return c >= 0xC0 && c < 0x2000 && g_unichar_isalnum(c);
}

static bool
is_url_char(gunichar c)
{
	if (c < 0x80)
		return c > 0x20 && c < 0x7F &&
		       strchr("<>\"`{}|\\^", (int)c) == NULL;
	return c >= 0xA1 && c < 0x2000;
}

/* Sentence punctuation after a URL is not part of it; a closing bracket is
 * only when the URL opened it. */
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

static const char *
url_end(const char *p, const char *end)
{
	while (p < end && is_url_char(g_utf8_get_char(p)))
		p = g_utf8_next_char(p);
	return p;
}

static bool
all_numeric_labels(const char *s, gsize n, guint *labels)
{
	*labels = 1;
	for (gsize i = 0; i < n; i++) {
		if (s[i] == '.')
			(*labels)++;
		else if (!g_ascii_isdigit(s[i]))
			return false;
	}
	return true;
}

typedef void (*SgUrlFunc)(gsize start, gsize end, bool bare,
                          gpointer user_data);

/* Finds URLs in normalized (lower-case, NFKC) text: scheme URLs, "www."
 * URLs and bare host names whose last label is a known top-level domain.
 * A host right after '@' is an e-mail address, not a link. */
static void
scan_urls(const char *text, gsize len, GHashTable *tlds, SgUrlFunc func,
          gpointer user_data)
{
	static const char *const schemes[] = {"https://", "http://", "ftp://"};
	const char *end = text + len;
	const char *p = text;
	gunichar prev = 0;

	while (p < end) {
		gunichar c = g_utf8_get_char(p);
		const char *next = g_utf8_next_char(p);
		/* "URL:https://…" starts a URL; "x@host" and "a/b.c" do
		 * not. */
		bool boundary =
		    prev == 0 ||
		    (!is_host_char(prev) &&
		     strchr(".@/%+&=~", (int)MIN(prev, 0x7F)) == NULL);

		if (!boundary || !is_host_char(c)) {
			prev = c;
			p = next;
			continue;
		}
		bool found = false;
		for (guint i = 0; i < G_N_ELEMENTS(schemes); i++) {
			gsize sl = strlen(schemes[i]);

			if ((gsize)(end - p) > sl &&
			    g_ascii_strncasecmp(p, schemes[i], sl) == 0) {
				const char *e = url_end(p + sl, end);
				gsize n = trim_url(p, (gsize)(e - p));

				if (n > sl) {
					func((gsize)(p - text),
					     (gsize)(p - text) + n, false,
					     user_data);
					p += n;
					found = true;
				}
				break;
			}
		}
		if (found) {
			prev = g_utf8_get_char(g_utf8_prev_char(p));
			continue;
		}

		/* A run of host characters and dots. */
		const char *q = p;
		while (q < end) {
			gunichar h = g_utf8_get_char(q);

			if (!is_host_char(h) && h != '.')
				break;
			q = g_utf8_next_char(q);
		}
		gsize hn = (gsize)(q - p);
		while (hn > 0 && (p[hn - 1] == '.' || p[hn - 1] == '-'))
			hn--;
		const char *dot = g_strrstr_len(p, (gssize)hn, ".");
		guint labels = 0;
		bool ok = dot != NULL && dot != p && (q >= end || *q != '@');
		if (ok && all_numeric_labels(p, hn, &labels))
			/* A dotted quad is a link only with a path or port:
			 * "1.2.3.4" alone is a version number. */
			ok = labels == 4 && hn < (gsize)(end - p) &&
			     (p[hn] == '/' || p[hn] == ':');
		else if (ok)
			ok = g_ascii_strncasecmp(p, "www.", 4) == 0 ||
			     label_is_tld(tlds, dot + 1,
			                  hn - (gsize)(dot + 1 - p));
		if (ok) {
			const char *e = p + hn;

			if (e < end && (*e == '/' || *e == ':' || *e == '?'))
				e = url_end(e, end);
			gsize n = trim_url(p, (gsize)(e - p));
			func((gsize)(p - text), (gsize)(p - text) + MAX(n, hn),
			     true, user_data);
			p += MAX(n, hn);
		} else {
			p = q > p ? q : next;
		}
		prev = g_utf8_get_char(g_utf8_prev_char(p));
	}
}

/* --- collecting the links of a draft -------------------------------------- */

/* A span of a piece already taken by a link.  Each set of spans (HTML
 * links, URLs found in text) is disjoint and sorted, so an overlap test
 * needs one binary search. */
typedef struct {
	guint index;
	gsize start, end;
} SgSpan;

static gint
compare_spans(gconstpointer a, gconstpointer b)
{
	const SgSpan *x = a, *y = b;

	if (x->index != y->index)
		return x->index < y->index ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return 0;
}

/* Whether [start, end) of piece @index overlaps a span of @spans (an empty
 * span, an HTML link without text, counts as one byte). */
static bool
overlaps(GArray *spans, guint index, gsize start, gsize end)
{
	guint lo = 0, hi = spans->len;

	end = MAX(end, start + 1);
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const SgSpan *s = &g_array_index(spans, SgSpan, mid);

		if (s->index < index || (s->index == index && s->start < end))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return false;
	const SgSpan *s = &g_array_index(spans, SgSpan, lo - 1);
	return s->index == index && MAX(s->end, s->start + 1) > start;
}

typedef struct {
	GPtrArray *hits;
	guint max_links;
	GArray *html; /* SgSpan of HTML links, sorted */
	GArray *text; /* SgSpan of URLs found in text, sorted */
	guint index;
	const SgNormText *norm;
	const SgTextPiece *piece;
} SgCollect;

static void
on_text_url(gsize start, gsize end, bool bare, gpointer user_data)
{
	SgCollect *c = user_data;
	gsize ostart = 0, oend = 0;

	sg_norm_text_map(c->norm, start, end, &ostart, &oend);
	if (oend <= ostart || oend > c->piece->len ||
	    overlaps(c->html, c->index, ostart, oend) ||
	    c->hits->len >= c->max_links)
		return;

	SgLinkHit *hit = g_new0(SgLinkHit, 1);
	SgSpan span = {c->index, ostart, oend};
	hit->index = c->index;
	hit->start = ostart;
	hit->end = oend;
	hit->written = g_strndup(c->piece->text + ostart, oend - ostart);
	hit->bare = bare;
	g_ptr_array_add(c->hits, hit);
	g_array_append_val(c->text, span);
}

static gint
run_index_of(SgCheckRun *run, const SgTextPiece *piece)
{
	for (guint i = 0; i < sg_check_run_get_n_pieces(run); i++)
		if (sg_check_run_get_piece(run, i) == piece)
			return (gint)i;
	return -1;
}

static void
add_draft_link(SgCheckRun *run, SgCollect *c, GPtrArray *pieces,
               const SgLink *link)
{
	const SgTextPiece *piece;
	gint index;

	if (link->href == NULL || link->piece >= pieces->len ||
	    c->hits->len >= c->max_links)
		return;
	piece = g_ptr_array_index(pieces, link->piece);
	index = run_index_of(run, piece);
	/* Links in a signature are not part of the post. */
	if (index < 0 ||
	    (piece->post_len < piece->len && link->offset >= piece->post_len))
		return;

	gsize start = MIN(link->offset, piece->len);
	gsize end = MIN(link->offset + link->length, piece->len);
	if (link->text == NULL &&
	    (overlaps(c->html, (guint)index, start, end) ||
	     overlaps(c->text, (guint)index, start, end)))
		return;

	SgLinkHit *hit = g_new0(SgLinkHit, 1);
	hit->index = (guint)index;
	hit->start = start;
	hit->end = end;
	hit->written = g_strdup(link->href);
	hit->shown = g_strdup(link->text);
	hit->html = link->text != NULL;
	g_ptr_array_add(c->hits, hit);
	if (hit->html) {
		SgSpan span = {hit->index, start, end};
		g_array_append_val(c->html, span);
	}
}

/* Every link of the draft, at most max_links: HTML hrefs first
 * (with the text they show), then URLs in every piece's normalized view
 * (full-width, zero-width and bare-host forms draft.c does not look for),
 * then draft.c's own text URLs where the normalized scan found none. */
static GPtrArray *
collect_links(const SgLinksData *data, SgCheckRun *run)
{
	const SgDraft *draft = sg_check_run_get_draft(run);
	GPtrArray *pieces = sg_draft_get_pieces(draft);
	GPtrArray *links = sg_draft_get_links(draft);
	g_autoptr(GArray) html = g_array_new(FALSE, FALSE, sizeof(SgSpan));
	g_autoptr(GArray) text = g_array_new(FALSE, FALSE, sizeof(SgSpan));
	SgCollect c = {
		.hits = g_ptr_array_new_with_free_func(hit_free),
		.max_links = data->max_links,
		.html = html,
		.text = text,
	};

	for (guint i = 0; i < links->len; i++) {
		const SgLink *link = g_ptr_array_index(links, i);

		if (link->text != NULL)
			add_draft_link(run, &c, pieces, link);
	}
	g_array_sort(html, compare_spans);
	for (guint i = 0; i < sg_check_run_get_n_pieces(run); i++) {
		gsize len = 0;
		const char *norm_text;

		c.index = i;
		c.piece = sg_check_run_get_piece(run, i);
		c.norm = sg_check_run_get_norm(run, i, SG_NORM_DEFAULT);
		norm_text = sg_norm_text_get(c.norm, &len);
		scan_urls(norm_text, len, data->tlds, on_text_url, &c);
	}
	g_array_sort(text, compare_spans);
	for (guint i = 0; i < links->len; i++) {
		const SgLink *link = g_ptr_array_index(links, i);

		if (link->text == NULL)
			add_draft_link(run, &c, pieces, link);
	}
	return c.hits;
}

/* --- the tests ------------------------------------------------------------ */

static char *
scripts_of(const char *label)
{
	GString *out = g_string_new(NULL);
	guint64 seen[4] = {0};

	for (const char *p = label; *p; p = g_utf8_next_char(p)) {
		UErrorCode status = U_ZERO_ERROR;
		UScriptCode sc =
		    uscript_getScript((UChar32)g_utf8_get_char(p), &status);

		if (U_FAILURE(status) || sc <= USCRIPT_INHERITED || sc < 0 ||
		    sc >= 256)
			continue;
		if (seen[sc / 64] & (G_GUINT64_CONSTANT(1) << (sc % 64)))
			continue;
		seen[sc / 64] |= G_GUINT64_CONSTANT(1) << (sc % 64);
		if (out->len > 0)
			g_string_append_c(out, '+');
		g_string_append(out, uscript_getName(sc));
	}
	return g_string_free(out, FALSE);
}

/* A label that mixes scripts beyond what ICU's "highly restrictive" level
 * allows (Latin with Han and kana is fine: "abc千代田"; Latin with
 * Cyrillic is not), or has invisible or mixed-number characters. */
static char *
mixed_script_reason(const SgLinksData *data, const SgUrl *url)
{
	g_auto(GStrv) labels = NULL;

	if (url->host_unicode == NULL || url->ip)
		return NULL;
	labels = g_strsplit(url->host_unicode, ".", -1);
	for (guint i = 0; labels[i] != NULL; i++) {
		UErrorCode status = U_ZERO_ERROR;
		int32_t r;

		if (labels[i][0] == '\0')
			continue;
		r = uspoof_check2UTF8(data->spoof, labels[i], -1, NULL,
		                      &status);
		if (U_SUCCESS(status) &&
		    (r & (USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE |
		          USPOOF_MIXED_NUMBERS)) != 0) {
			g_autofree char *scripts = scripts_of(labels[i]);

			return g_strdup_printf("label \"%s\" mixes scripts "
			                       "(%s)",
			                       labels[i], scripts);
		}
	}
	return NULL;
}

static bool
token_is_brand(const char *token, const SgProtected *prot)
{
	if (strcmp(token, prot->brand) == 0)
		return true;
	if (g_utf8_strlen(prot->brand, -1) < 5)
		return false;
	glong m = 0;
	g_autofree gunichar *b = g_utf8_to_ucs4_fast(prot->brand, -1, &m);

	return distance_utf8(token, b, m) <= 1;
}

/* Whether a host made of @fold's tokens imitates @prot: it carries the
 * brand and all but one of the other labels ("chiyoda-lg.jp",
 * "city-chiyoda.lg.jp", "city.chiyoda.lg.jp.evil.example"). */
static bool
shares_tokens(const char *fold, const SgProtected *prot)
{
	g_auto(GStrv) tokens = g_strsplit_set(fold, ".-_", -1);
	guint n = g_strv_length(prot->tokens);
	guint shared = 0;
	bool brand = false;

	if (prot->brand == NULL)
		return false;
	for (guint i = 0; prot->tokens[i] != NULL; i++) {
		for (guint j = 0; tokens[j] != NULL; j++) {
			if (strcmp(prot->tokens[i], prot->brand) == 0
			        ? token_is_brand(tokens[j], prot)
			        : strcmp(tokens[j], prot->tokens[i]) == 0) {
				shared++;
				if (strcmp(prot->tokens[i], prot->brand) == 0)
					brand = true;
				break;
			}
		}
	}
	return brand && shared >= MAX(2, n - 1);
}

/* Tests one folded form of a host against a protected domain: the same
 * skeleton (@strong), or a typo or rearrangement of it. */
static char *
lookalike_of(const char *fold, const SgProtected *prot, bool strong)
{
	guint labels = count_labels(fold);

	if (!strong)
		goto weak;
	if (strcmp(fold, prot->fold) == 0)
		return g_strdup_printf("looks the same as %s (confusable "
		                       "characters)",
		                       prot->ascii);
	if (labels > prot->n_labels &&
	    strcmp(last_labels(fold, prot->n_labels), prot->fold) == 0)
		return g_strdup_printf("under a host that looks the same as "
		                       "%s",
		                       prot->ascii);
	if (g_str_has_prefix(fold, prot->fold) &&
	    fold[strlen(prot->fold)] == '.')
		return g_strdup_printf("starts with %s but belongs to "
		                       "another domain",
		                       prot->ascii);
	return NULL;
weak:
	if (prot->max_distance > 0) {
		guint d = distance_utf8(fold, prot->fold_ucs, prot->fold_n);

		if (labels > prot->n_labels)
			d = MIN(d,
			        distance_utf8(last_labels(fold, prot->n_labels),
			                      prot->fold_ucs, prot->fold_n));
		if (d >= 1 && d <= prot->max_distance)
			return g_strdup_printf("differs from %s by %u "
			                       "character%s",
			                       prot->ascii, d,
			                       d == 1 ? "" : "s");
	}
	if (shares_tokens(fold, prot))
		return g_strdup_printf("imitates %s", prot->ascii);
	return NULL;
}

static bool
is_own_host(const SgLinksData *data, const SgUrl *url)
{
	return url->host_ascii != NULL && !url->ip &&
	       host_in_list(url->host_ascii, data->own, NULL);
}

static char *
lookalike_reason(const SgLinksData *data, const SgUrl *url)
{
	if (url->host_ascii == NULL || url->ip || is_own_host(data, url))
		return NULL;
	g_autofree char *lower = g_utf8_strdown(url->host_unicode, -1);
	g_autofree char *fold_written =
	    fold_host(data->spoof, url->host_written);
	g_autofree char *fold_unicode = fold_host(data->spoof, lower);

	for (guint i = 0; i < data->protect->len; i++) {
		const SgProtected *prot = g_ptr_array_index(data->protect, i);
		UErrorCode status = U_ZERO_ERROR;
		char *reason;

		if (host_is_within(url->host_ascii, prot->ascii))
			continue;
		if (uspoof_areConfusableUTF8(data->spoof, url->host_written, -1,
		                             prot->ascii, -1, &status) != 0 &&
		    U_SUCCESS(status))
			return g_strdup_printf("looks the same as %s "
			                       "(confusable characters)",
			                       prot->ascii);
		/* The exact look-alike tests on both forms first, so that the
		 * reason given is the most telling one. */
		for (guint pass = 0; pass < 2; pass++) {
			reason = lookalike_of(fold_written, prot, pass == 0);
			if (reason == NULL)
				reason =
				    lookalike_of(fold_unicode, prot, pass == 0);
			if (reason != NULL)
				return reason;
		}
	}
	return NULL;
}

static bool
keyword_hit(const SgLinksData *data, const char *host, const char **which)
{
	g_auto(GStrv) tokens = g_strsplit_set(host, ".-_", -1);

	for (guint i = 0; tokens[i] != NULL; i++) {
		if (tokens[i][0] == '\0')
			continue;
		for (guint k = 0; k < data->keywords->len; k++) {
			const char *pat = g_ptr_array_index(data->keywords, k);

			if (g_pattern_match_simple(pat, tokens[i])) {
				*which = pat;
				return true;
			}
		}
	}
	return false;
}

static void
on_first_url(gsize start, gsize end, bool bare, gpointer user_data)
{
	gsize *span = user_data;

	if (span[2] == 0) {
		span[0] = start;
		span[1] = end;
		span[2] = bare ? 2 : 1;
	}
}

/* The host a link's visible text shows ("city.chiyoda.lg.jp",
 * "https://…"), or NULL when it shows none ("こちら"). */
static char *
shown_host(const SgLinksData *data, const char *shown)
{
	g_autofree char *norm = sg_normalize_string(shown, SG_NORM_DEFAULT);
	gsize span[3] = {0, 0, 0};
	SgUrl url;
	char *host = NULL;

	scan_urls(norm, strlen(norm), data->tlds, on_first_url, span);
	if (span[2] == 0)
		return NULL;
	g_autofree char *text = g_strndup(norm + span[0], span[1] - span[0]);
	parse_url(data, text, span[2] == 2, &url);
	if (url.host_ascii != NULL)
		host = g_strdup(url.host_ascii);
	url_clear(&url);
	return host;
}

/* Whether link text showing @a and a link to @b are the same site: one
 * within the other, or both in one group of same_sites (youtu.be and
 * youtube.com). */
static bool
same_site(const SgLinksData *data, const char *a, const char *b)
{
	if (host_is_within(a, b) || host_is_within(b, a))
		return true;
	for (guint i = 0; i < data->same_sites->len; i++) {
		char **group = g_ptr_array_index(data->same_sites, i);
		bool in_a = false, in_b = false;

		for (guint k = 0; group[k] != NULL; k++) {
			in_a = in_a || host_is_within(a, group[k]);
			in_b = in_b || host_is_within(b, group[k]);
		}
		if (in_a && in_b)
			return true;
	}
	return false;
}

static char *
display_host(const SgUrl *url)
{
	if (url->ip)
		return g_strdup(url->ip_text ? url->ip_text : url->host_ascii);
	if (url->host_ascii == NULL)
		return g_strdup(url->scheme ? url->scheme : "");
	if (url->host_unicode != NULL &&
	    strcmp(url->host_unicode, url->host_ascii) != 0)
		return g_strdup_printf("%s (%s)", url->host_unicode,
		                       url->host_ascii);
	return g_strdup(url->host_ascii);
}

/* What the rule's detections find in one link; NULL when nothing. */
static char *
link_reasons(const SgLinksData *data, const SgLinkHit *hit, const SgUrl *url)
{
	g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func(g_free);
	guint detect = data->detect;
	const char *which = NULL;

	if ((detect & SG_DETECT_SCHEME) && url->scheme != NULL &&
	    !g_strv_contains((const char *const *)data->schemes, url->scheme))
		g_ptr_array_add(
		    reasons,
		    g_strdup_printf("%s: links are not allowed", url->scheme));
	if ((detect & SG_DETECT_USERINFO) && url->userinfo != NULL &&
	    url->host_ascii != NULL) {
		g_autofree char *host = display_host(url);

		g_ptr_array_add(reasons,
		                g_strdup_printf("the part before '@' (%s) is "
		                                "not where the link goes; it "
		                                "goes to %s",
		                                url->userinfo, host));
	}
	if ((detect & SG_DETECT_MISMATCH) && hit->shown != NULL &&
	    url->host_ascii != NULL) {
		g_autofree char *shown = shown_host(data, hit->shown);

		if (shown != NULL && !same_site(data, shown, url->host_ascii)) {
			g_autofree char *host = display_host(url);

			g_ptr_array_add(
			    reasons, g_strdup_printf("the link text shows %s "
			                             "but the link goes to "
			                             "%s",
			                             shown, host));
		}
	}
	if (url->host_ascii == NULL || is_own_host(data, url))
		goto done;

	if ((detect & SG_DETECT_IP) && url->ip)
		g_ptr_array_add(
		    reasons, g_strdup_printf("the host is an IP address "
		                             "(%s)",
		                             url->ip_text ? url->ip_text
		                                          : url->host_ascii));
	if ((detect & SG_DETECT_BLOCKLIST) && !url->ip &&
	    host_in_list(url->host_ascii, data->blocked, &which))
		g_ptr_array_add(reasons,
		                g_strdup_printf("%s is on the list of blocked "
		                                "domains",
		                                which));
	if ((detect & SG_DETECT_KEYWORDS) && !url->ip) {
		g_autofree char *lower = g_utf8_strdown(url->host_unicode, -1);

		if (keyword_hit(data, url->host_ascii, &which) ||
		    keyword_hit(data, lower, &which))
			g_ptr_array_add(
			    reasons, g_strdup_printf("the host name contains "
			                             "\"%s\"",
			                             which));
	}
	if (detect & (SG_DETECT_LOOKALIKE | SG_DETECT_MIXED_SCRIPT |
	              SG_DETECT_PUNYCODE)) {
		g_autofree char *look = lookalike_reason(data, url);
		g_autofree char *mixed = mixed_script_reason(data, url);

		if ((detect & SG_DETECT_LOOKALIKE) && look != NULL)
			g_ptr_array_add(reasons, g_strdup(look));
		if ((detect & SG_DETECT_MIXED_SCRIPT) && mixed != NULL)
			g_ptr_array_add(reasons, g_strdup(mixed));
		if ((detect & SG_DETECT_PUNYCODE) && look == NULL &&
		    mixed == NULL && !url->ip) {
			if (url->idna_invalid)
				g_ptr_array_add(
				    reasons,
				    g_strdup_printf("%s is not a "
				                    "valid host "
				                    "name",
				                    url->host_written));
			else if (url->punycode)
				g_ptr_array_add(
				    reasons,
				    g_strdup_printf("the punycode "
				                    "host %s reads "
				                    "as %s",
				                    url->host_ascii,
				                    url->host_unicode));
		}
	}
	if ((detect & SG_DETECT_SHORTENER) && !url->ip &&
	    host_in_list(url->host_ascii, data->shorteners, &which))
		g_ptr_array_add(
		    reasons, g_strdup_printf("%s is a URL shortener: readers "
		                             "cannot see where it leads",
		                             which));
done:
	if (reasons->len == 0)
		return NULL;
	g_ptr_array_add(reasons, NULL);
	return g_strjoinv("; ", (char **)reasons->pdata);
}

/* The rule's message with {url}, {host} and {detail} filled in. */
static char *
fill_message(const char *template, const char *url, const char *host,
             const char *detail)
{
	GString *out = g_string_new(NULL);

	for (const char *p = template; *p;) {
		if (g_str_has_prefix(p, "{url}")) {
			g_string_append(out, url);
			p += 5;
		} else if (g_str_has_prefix(p, "{host}")) {
			g_string_append(out, host);
			p += 6;
		} else if (g_str_has_prefix(p, "{detail}")) {
			g_string_append(out, detail);
			p += 8;
		} else {
			g_string_append_c(out, *p++);
		}
	}
	return g_string_free(out, FALSE);
}

/* A URL as shown in a message: a data: URL may be a whole image. */
static char *
shorten(const char *s)
{
	if (g_utf8_strlen(s, -1) <= SG_LINK_SHOWN_CHARS)
		return g_strdup(s);
	const char *end = g_utf8_offset_to_pointer(s, SG_LINK_SHOWN_CHARS);
	g_autofree char *head = g_strndup(s, (gsize)(end - s));

	return g_strconcat(head, "…", NULL);
}

static void
report(SgCheckRun *run, const SgRule *rule, const SgLinkHit *hit,
       const SgUrl *url, const char *detail)
{
	SgFinding *f = sg_check_run_add_original(
	    run, rule, hit->index, hit->start, hit->end, url->canonical);
	g_autofree char *host = display_host(url);
	g_autofree char *shown_url = NULL;
	char *ja, *en;

	/* The excerpt of an HTML link is its href, as written. */
	if (hit->html) {
		g_free(f->excerpt);
		f->excerpt = shorten(hit->written);
	}
	shown_url = shorten(f->excerpt);
	ja = fill_message(f->message_ja, shown_url, host, detail);
	en = fill_message(f->message_en, shown_url, host, detail);
	g_free(f->message_ja);
	g_free(f->message_en);
	f->message_ja = ja;
	f->message_en = en;
	g_free(f->detail);
	f->detail = g_strdup(detail);
}

static bool
links_check(const SgRule *rule, SgCheckRun *run, GError **error)
{
	const SgLinksData *data = rule->data;
	g_autoptr(GPtrArray) hits = collect_links(data, run);
	/* canonical URL → 1 + the alternative it was reported in: the same
	 * link in the HTML and plain alternatives is one finding. */
	g_autoptr(GHashTable) reported =
	    g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	for (guint i = 0; i < hits->len; i++) {
		const SgLinkHit *hit = g_ptr_array_index(hits, i);
		const SgTextPiece *piece =
		    sg_check_run_get_piece(run, hit->index);
		SgUrl url;
		g_autofree char *target = NULL;
		g_autofree char *detail = NULL;

		parse_url(data, hit->written, hit->bare, &url);
		target = unwrap_redirect(&url);
		if (target != NULL) {
			SgUrl inner;

			parse_url(data, target, false, &inner);
			if (inner.host_ascii != NULL) {
				g_free(inner.canonical);
				inner.canonical = g_strdup(url.canonical);
				url_clear(&url);
				url = inner;
			} else {
				url_clear(&inner);
			}
		}
		detail = link_reasons(data, hit, &url);
		if (detail != NULL && piece->kind == SG_PIECE_BODY &&
		    piece->alternative > 0) {
			gpointer seen =
			    g_hash_table_lookup(reported, url.canonical);

			if (seen != NULL &&
			    GPOINTER_TO_UINT(seen) != piece->alternative + 1)
				g_clear_pointer(&detail, g_free);
			else
				g_hash_table_insert(
				    reported, g_strdup(url.canonical),
				    GUINT_TO_POINTER(piece->alternative + 1));
		}
		if (detail != NULL)
			report(run, rule, hit, &url, detail);
		url_clear(&url);
	}
	return true;
}

/* --- compiling ------------------------------------------------------------ */

/* "LINE\tTEXT" from the loader → TEXT and LINE. */
static const char *
split_entry(const char *entry, guint *line)
{
	char *end = NULL;

	*line = (guint)g_ascii_strtoull(entry, &end, 10);
	return end + 1;
}

static bool
read_domains(SgRuleLoader *loader, const SgLinksData *data, const char *key,
             GPtrArray *out)
{
	g_auto(GStrv) files = sg_rule_loader_get_list(loader, key);
	bool ok = true;

	for (guint i = 0; files[i] != NULL; i++) {
		g_autofree char *path = NULL;
		g_autoptr(GPtrArray) entries =
		    sg_rule_loader_read_lines(loader, key, files[i], &path);

		if (entries == NULL) {
			ok = false;
			continue;
		}
		for (guint j = 0; j < entries->len; j++) {
			guint line = 0;
			const char *text =
			    split_entry(g_ptr_array_index(entries, j), &line);
			g_autofree char *first = g_strstrip(g_strdup(text));
			char *ascii;

			first[strcspn(first, " \t#")] = '\0';
			ascii = domain_to_ascii(data->idna, first);
			if (ascii == NULL) {
				sg_rule_loader_problem(loader, key, path, line,
				                       "'%s' is not a domain "
				                       "name",
				                       first);
				ok = false;
				continue;
			}
			g_ptr_array_add(out, ascii);
		}
	}
	return ok;
}

static bool
read_words(SgRuleLoader *loader, const char *key, GPtrArray *out)
{
	g_auto(GStrv) files = sg_rule_loader_get_list(loader, key);
	bool ok = true;

	for (guint i = 0; files[i] != NULL; i++) {
		g_autoptr(GPtrArray) entries =
		    sg_rule_loader_read_lines(loader, key, files[i], NULL);

		if (entries == NULL) {
			ok = false;
			continue;
		}
		for (guint j = 0; j < entries->len; j++) {
			guint line = 0;
			const char *text =
			    split_entry(g_ptr_array_index(entries, j), &line);
			g_autofree char *word = g_strstrip(g_strdup(text));

			word[strcspn(word, " \t#")] = '\0';
			if (*word == '\0')
				continue;
			g_ptr_array_add(out, g_utf8_strdown(word, -1));
		}
	}
	return ok;
}

static SgProtected *
protected_new(const SgLinksData *data, const char *ascii)
{
	SgProtected *prot = g_new0(SgProtected, 1);
	char *unicode = NULL;
	gsize best = 0;

	prot->ascii = g_strdup(ascii);
	idna_convert(data->idna, ascii, false, &unicode);
	prot->fold = fold_host(data->spoof, unicode);
	g_free(unicode);
	prot->fold_ucs = g_utf8_to_ucs4_fast(prot->fold, -1, &prot->fold_n);
	prot->n_labels = count_labels(prot->fold);
	prot->tokens = g_strsplit_set(prot->fold, ".-_", -1);
	for (guint i = 0; prot->tokens[i] != NULL; i++) {
		gsize n = strlen(prot->tokens[i]);

		if (n >= 3 && n > best &&
		    !g_strv_contains(generic_tokens, prot->tokens[i])) {
			best = n;
			prot->brand = prot->tokens[i];
		}
	}
	gsize len = strlen(prot->fold);
	prot->max_distance = len >= 10 ? 2 : len >= 6 ? 1 : 0;
	return prot;
}

static bool
links_compile(SgRule *rule, SgRuleLoader *loader)
{
	SgLinksData *data = g_new0(SgLinksData, 1);
	g_auto(GStrv) detect = sg_rule_loader_get_list(loader, "detect");
	g_auto(GStrv) protect = sg_rule_loader_get_list(loader, "protect");
	g_auto(GStrv) sites = sg_rule_loader_get_list(loader, "same_sites");
	const char *tlds = sg_rule_loader_get_string(loader, "tlds");
	const char *max_links = sg_rule_loader_get_string(loader, "max_links");
	const char *schemes =
	    sg_rule_loader_get_string(loader, "allowed_schemes");
	const SgConfig *config = sg_rule_loader_get_config(loader);
	const char *const *own = sg_config_get_allow_list(config, "domains");
	UErrorCode status = U_ZERO_ERROR;
	bool ok = true;

	rule->data = data;
	data->blocked = g_ptr_array_new_with_free_func(g_free);
	data->keywords = g_ptr_array_new_with_free_func(g_free);
	data->shorteners = g_ptr_array_new_with_free_func(g_free);
	data->own = g_ptr_array_new_with_free_func(g_free);
	data->protect = g_ptr_array_new_with_free_func(protected_free);
	data->same_sites =
	    g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
	data->tlds =
	    g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	data->idna = uidna_openUTS46(
	    UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE |
	        UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ,
	    &status);
	data->spoof = uspoof_open(&status);
	if (U_SUCCESS(status)) {
		uspoof_setChecks(data->spoof,
		                 USPOOF_CONFUSABLE | USPOOF_RESTRICTION_LEVEL |
		                     USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS,
		                 &status);
		uspoof_setRestrictionLevel(data->spoof,
		                           USPOOF_HIGHLY_RESTRICTIVE);
	}
	if (U_FAILURE(status)) {
		sg_rule_loader_problem(loader, NULL, NULL, 0,
		                       "ICU IDNA or spoof checker: %s",
		                       u_errorName(status));
		return false;
	}

	for (guint i = 0; detect[i] != NULL; i++) {
		guint flag = 0;

		for (guint k = 0; k < G_N_ELEMENTS(detect_names); k++)
			if (g_ascii_strcasecmp(detect[i],
			                       detect_names[k].name) == 0)
				flag = detect_names[k].flag;
		if (flag == 0) {
			sg_rule_loader_problem(
			    loader, "detect", NULL, 0,
			    "unknown detect '%s': use scheme, ip-literal, "
			    "blocklist, keywords, lookalike, mixed-script, "
			    "punycode, mismatch, userinfo or shortener",
			    detect[i]);
			ok = false;
		}
		data->detect |= flag;
	}
	if (detect[0] == NULL) {
		sg_rule_loader_problem(loader, NULL, NULL, 0,
		                       "a links rule needs detect = WHAT "
		                       "(scheme, ip-literal, blocklist, ...)");
		ok = false;
	}

	data->max_links = SG_LINK_MAX_LINKS;
	if (max_links != NULL) {
		guint64 v = 0;

		if (!g_ascii_string_to_unsigned(max_links, 10, 1, 1000000, &v,
		                                NULL)) {
			sg_rule_loader_problem(loader, "max_links", NULL, 0,
			                       "max_links = %s: write a whole "
			                       "number from 1",
			                       max_links);
			ok = false;
		}
		data->max_links = (guint)v;
	}
	if (tlds == NULL)
		tlds = "links-tlds.txt; links-special-tlds.txt";
	{
		g_auto(GStrv) files = g_strsplit(tlds, ";", -1);

		for (guint i = 0; files[i] != NULL; i++) {
			g_autoptr(GPtrArray) entries = NULL;
			char *name = g_strstrip(files[i]);

			if (*name == '\0')
				continue;
			entries = sg_rule_loader_read_lines(loader, "tlds",
			                                    name, NULL);
			if (entries == NULL) {
				ok = false;
				continue;
			}
			for (guint j = 0; j < entries->len; j++) {
				guint line = 0;
				const char *text = split_entry(
				    g_ptr_array_index(entries, j), &line);
				g_autofree char *tld =
				    g_strstrip(g_strdup(text));

				while (*tld == '.')
					memmove(tld, tld + 1, strlen(tld));
				if (*tld != '\0')
					g_hash_table_add(
					    data->tlds,
					    g_ascii_strdown(tld, -1));
			}
		}
	}

	data->schemes =
	    g_strsplit(schemes ? schemes : "http; https; mailto; tel", ";", -1);
	for (guint i = 0; data->schemes[i] != NULL; i++) {
		char *s = g_strstrip(data->schemes[i]);
		gsize n = strlen(s);

		if (n > 0 && s[n - 1] == ':')
			s[n - 1] = '\0';
		for (char *c = s; *c; c++)
			*c = g_ascii_tolower(*c);
	}

	if ((data->detect & SG_DETECT_BLOCKLIST) &&
	    sg_rule_loader_get_string(loader, "blocked_domains") == NULL) {
		sg_rule_loader_problem(loader, "detect", NULL, 0,
		                       "detect = blocklist needs "
		                       "blocked_domains = FILE");
		ok = false;
	}
	if ((data->detect & SG_DETECT_KEYWORDS) &&
	    sg_rule_loader_get_string(loader, "host_keywords") == NULL) {
		sg_rule_loader_problem(loader, "detect", NULL, 0,
		                       "detect = keywords needs "
		                       "host_keywords = FILE");
		ok = false;
	}
	if ((data->detect & SG_DETECT_SHORTENER) &&
	    sg_rule_loader_get_string(loader, "shorteners") == NULL) {
		sg_rule_loader_problem(loader, "detect", NULL, 0,
		                       "detect = shortener needs "
		                       "shorteners = FILE");
		ok = false;
	}
	ok = read_domains(loader, data, "blocked_domains", data->blocked) && ok;
	ok = read_domains(loader, data, "shorteners", data->shorteners) && ok;
	ok = read_words(loader, "host_keywords", data->keywords) && ok;

	for (guint i = 0; sites[i] != NULL; i++) {
		g_auto(GStrv) names = g_strsplit_set(sites[i], " ,\t", -1);
		GPtrArray *group = g_ptr_array_new();

		for (guint k = 0; names[k] != NULL; k++) {
			char *ascii;

			if (names[k][0] == '\0')
				continue;
			ascii = domain_to_ascii(data->idna, names[k]);
			if (ascii == NULL) {
				sg_rule_loader_problem(loader, "same_sites",
				                       NULL, 0,
				                       "'%s' is not a domain "
				                       "name",
				                       names[k]);
				ok = false;
				continue;
			}
			g_ptr_array_add(group, ascii);
		}
		g_ptr_array_add(group, NULL);
		g_ptr_array_add(data->same_sites,
		                g_ptr_array_free(group, FALSE));
	}
	for (guint i = 0; own[i] != NULL; i++) {
		char *ascii = domain_to_ascii(data->idna, own[i]);

		if (ascii == NULL)
			continue; /* config test reports bad domains */
		g_ptr_array_add(data->own, ascii);
		g_ptr_array_add(data->protect, protected_new(data, ascii));
	}
	for (guint i = 0; protect[i] != NULL; i++) {
		g_autofree char *ascii =
		    domain_to_ascii(data->idna, protect[i]);

		if (ascii == NULL) {
			sg_rule_loader_problem(loader, "protect", NULL, 0,
			                       "'%s' is not a domain name",
			                       protect[i]);
			ok = false;
			continue;
		}
		g_ptr_array_add(data->protect, protected_new(data, ascii));
	}
	return ok;
}

const SgRuleKind sg_rule_kind_links = {
	.name = "links",
	.keys = links_keys,
	.compile = links_compile,
	.check = links_check,
	.free_data = links_data_free,
};
