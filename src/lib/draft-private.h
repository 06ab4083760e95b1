/* What draft.c shares with draft-html.c. */
#ifndef SNSGATE_DRAFT_PRIVATE_H
#define SNSGATE_DRAFT_PRIVATE_H

#include <snsgate/draft.h>

#include <stdbool.h>

/* Renders UTF-8 HTML as text (transfer full); @links (SgLink *) receives
 * every <a href>, with its offset and length in the returned text. */
char *sg_draft_html_to_text(const char *html, gsize len, GPtrArray *links);

#endif /* SNSGATE_DRAFT_PRIVATE_H */
