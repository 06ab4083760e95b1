/* A read-only GMime stream over bytes the caller already holds.
 *
 * GMime's own memory stream copies its buffer, so parsing a 25 MB draft
 * cost 25 MB more than the draft itself.  An SgStreamBytes reads a GBytes
 * in place (seekable, with substreams sharing the same bytes), which is
 * what the parser needs to keep references to the parts' content instead
 * of copies.  Writing fails.
 */
#ifndef SNSGATE_STREAM_BYTES_H
#define SNSGATE_STREAM_BYTES_H

#include <snsgate/gmime-auto.h>

G_BEGIN_DECLS

#define SG_TYPE_STREAM_BYTES (sg_stream_bytes_get_type())
G_DECLARE_FINAL_TYPE(SgStreamBytes, sg_stream_bytes, SG, STREAM_BYTES,
		     GMimeStream)

/**
 * sg_stream_bytes_new:
 * @bytes: the content; referenced, never copied
 *
 * Returns: (transfer full): a stream reading @bytes from the start.
 */
GMimeStream *sg_stream_bytes_new(GBytes *bytes);

G_END_DECLS

#endif /* SNSGATE_STREAM_BYTES_H */
