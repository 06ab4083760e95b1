/* HTML parts as a reader sees them: libxml2's HTML parser (no network, no
 * entity expansion beyond HTML's own, errors recovered) builds the tree and
 * this file walks it into text with the line breaks a mail client shows,
 * keeping every <a href> with the text it covers, so the link checks can
 * compare what a link says with where it goes.  Nesting is bounded.
 */
#include "config.h"

#include "draft-private.h"

#include <limits.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

typedef struct {
	GString *out;
	GPtrArray *links;	/* SgLink * */
	SgLink *link;		/* the <a> being read, or NULL */
	bool space;		/* collapsed whitespace waiting to be written */
	guint pre;		/* depth of <pre> */
	guint depth;		/* element nesting, bounded */
} SgHtmlText;

/* Elements that start on a new line.  <td>/<th> only separate with a
 * space, as a reader sees cells side by side. */
static const char *const block_elements[] = {
	"address", "article", "aside", "blockquote", "body", "caption",
	"center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
	"fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
	"h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li",
	"main", "menu", "nav", "ol", "p", "pre", "section", "summary",
	"table", "tbody", "tfoot", "thead", "tr", "ul",
};

/* Not shown to a reader of the mail. */
static const char *const hidden_elements[] = {
	"head", "script", "style", "template", "title",
};

/* libxml2 recurses on its own tree too; this bounds our walk on a hostile
 * document nested thousands deep. */
#define SG_HTML_MAX_DEPTH 256

static bool
name_in(const xmlChar *name, const char *const *list, gsize n)
{
	for (gsize i = 0; i < n; i++) {
		if (g_ascii_strcasecmp((const char *)name, list[i]) == 0)
			return true;
	}
	return false;
}

/* Drops spaces and no-break spaces at the end of the line: Outlook writes
 * an empty paragraph as <p>&nbsp;</p>, which a reader sees as empty. */
static void
html_trim_line(SgHtmlText *h)
{
	GString *out = h->out;

	for (;;) {
		if (out->len >= 1 && out->str[out->len - 1] == ' ')
			g_string_truncate(out, out->len - 1);
		else if (out->len >= 2 &&
			 memcmp(out->str + out->len - 2, "\xc2\xa0", 2) == 0)
			g_string_truncate(out, out->len - 2);
		else
			break;
	}
	/* Links are added as they close, so their ends never decrease
	 * along the list: only a tail of it can reach past the trimmed end
	 * (walking all of them made 50,000 links quadratic). */
	for (guint i = h->links->len; i > 0; i--) {
		SgLink *l = g_ptr_array_index(h->links, i - 1);

		if (l->offset + l->length <= out->len)
			break;
		if (l->offset > out->len)
			l->offset = out->len;
		l->length = out->len - l->offset;
		l->text[l->length] = '\0';
	}
	if (h->link != NULL && h->link->offset != G_MAXSIZE &&
	    h->link->offset > out->len)
		h->link->offset = out->len;
}

static void
html_break(SgHtmlText *h)
{
	h->space = false;
	html_trim_line(h);
	if (h->out->len > 0 && h->out->str[h->out->len - 1] != '\n')
		g_string_append_c(h->out, '\n');
}

static void
html_put(SgHtmlText *h, const char *s, gsize n)
{
	if (h->space) {
		if (h->out->len > 0 && h->out->str[h->out->len - 1] != '\n')
			g_string_append_c(h->out, ' ');
		h->space = false;
	}
	if (h->link != NULL && h->link->offset == G_MAXSIZE)
		h->link->offset = h->out->len;
	g_string_append_len(h->out, s, (gssize)n);
}

/* HTML whitespace (space, tab, LF, FF, CR) collapses to one space outside
 * <pre>; U+00A0 and U+3000 are text. */
static void
html_text(SgHtmlText *h, const char *s)
{
	if (h->pre > 0) {
		if (*s != '\0')
			html_put(h, s, strlen(s));
		return;
	}
	while (*s != '\0') {
		gsize n = 0;

		while (s[n] != '\0' && strchr(" \t\n\f\r", s[n]) == NULL)
			n++;
		if (n > 0) {
			html_put(h, s, n);
			s += n;
		}
		while (*s != '\0' && strchr(" \t\n\f\r", *s) != NULL) {
			h->space = true;
			s++;
		}
	}
}

static void html_walk(SgHtmlText *h, xmlNode *node);

static void
html_element(SgHtmlText *h, xmlNode *node)
{
	const xmlChar *name = node->name;
	bool block;
	SgLink *outer = h->link;
	SgLink *link = NULL;

	if (name_in(name, hidden_elements, G_N_ELEMENTS(hidden_elements)))
		return;
	if (h->depth >= SG_HTML_MAX_DEPTH)
		return;
	block = name_in(name, block_elements, G_N_ELEMENTS(block_elements));
	if (block)
		html_break(h);
	if (xmlStrcasecmp(name, BAD_CAST "br") == 0) {
		h->space = false;
		html_trim_line(h);
		g_string_append_c(h->out, '\n');
		return;
	}
	if (xmlStrcasecmp(name, BAD_CAST "a") == 0) {
		xmlChar *href = xmlGetProp(node, BAD_CAST "href");

		if (href != NULL) {
			link = g_new0(SgLink, 1);
			link->href = g_strstrip(g_strdup((const char *)href));
			link->offset = G_MAXSIZE;
			xmlFree(href);
			h->link = link;
		}
	}
	if (xmlStrcasecmp(name, BAD_CAST "pre") == 0)
		h->pre++;
	h->depth++;
	html_walk(h, node->children);
	h->depth--;
	if (xmlStrcasecmp(name, BAD_CAST "pre") == 0)
		h->pre--;
	if (link != NULL) {
		if (link->offset == G_MAXSIZE)
			link->offset = h->out->len;
		link->length = h->out->len - link->offset;
		link->text = g_strndup(h->out->str + link->offset,
				       link->length);
		g_ptr_array_add(h->links, link);
		h->link = outer;
	}
	if (block)
		html_break(h);
	else if (xmlStrcasecmp(name, BAD_CAST "td") == 0 ||
		 xmlStrcasecmp(name, BAD_CAST "th") == 0)
		h->space = true;
}

static void
html_walk(SgHtmlText *h, xmlNode *node)
{
	for (; node != NULL; node = node->next) {
		switch (node->type) {
		case XML_ELEMENT_NODE:
			html_element(h, node);
			break;
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (node->content != NULL)
				html_text(h, (const char *)node->content);
			break;
		default:
			break;
		}
	}
}

static void
init_libxml(void)
{
	static gsize done = 0;

	/* xmlInitParser() is not thread-safe before its first return. */
	if (g_once_init_enter(&done)) {
		xmlInitParser();
		g_once_init_leave(&done, 1);
	}
}

char *
sg_draft_html_to_text(const char *html, gsize len, GPtrArray *links)
{
	SgHtmlText h = {0};
	htmlDocPtr doc;

	init_libxml();
	h.out = g_string_new(NULL);
	h.links = links;
	doc = htmlReadMemory(html, (int)MIN(len, (gsize)INT_MAX), NULL,
			     "UTF-8",
			     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
				     HTML_PARSE_NONET | HTML_PARSE_RECOVER |
				     HTML_PARSE_IGNORE_ENC);
	if (doc != NULL) {
		html_walk(&h, doc->children);
		xmlFreeDoc(doc);
	}
	html_break(&h);
	/* One line end at the end, as in a plain text body. */
	while (h.out->len >= 2 && h.out->str[h.out->len - 1] == '\n' &&
	       h.out->str[h.out->len - 2] == '\n')
		g_string_truncate(h.out, h.out->len - 1);
	for (guint i = 0; i < links->len; i++) {
		SgLink *l = g_ptr_array_index(links, i);

		l->offset = MIN(l->offset, h.out->len);
		l->length = MIN(l->length, h.out->len - l->offset);
		l->text[l->length] = '\0';
	}
	return g_string_free(h.out, FALSE);
}
