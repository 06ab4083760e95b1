/* SgStreamBytes: a read-only, seekable GMime stream over a GBytes, so the
 * MIME parser reads a draft where it already is instead of a copy (see the
 * header).  Positions and bounds follow GMimeStream's contract: a stream
 * covers [bound_start, bound_end), bound_end -1 meaning "to the end", and
 * a substream is a view of the same bytes with its own position.
 */
#include "config.h"

#include <snsgate/stream-bytes.h>

#include <errno.h>
#include <string.h>

struct _SgStreamBytes {
	GMimeStream parent;
	GBytes *bytes;
};

G_DEFINE_TYPE(SgStreamBytes, sg_stream_bytes, GMIME_TYPE_STREAM)

static gint64
stream_end(GMimeStream *stream)
{
	gsize size = g_bytes_get_size(SG_STREAM_BYTES(stream)->bytes);

	return stream->bound_end != -1 ? MIN(stream->bound_end, (gint64)size)
				       : (gint64)size;
}

static ssize_t
stream_read(GMimeStream *stream, char *buf, size_t len)
{
	const char *data =
		g_bytes_get_data(SG_STREAM_BYTES(stream)->bytes, NULL);
	gint64 end = stream_end(stream);

	if (stream->position >= end)
		return 0;
	gsize n = (gsize)MIN((gint64)len, end - stream->position);
	memcpy(buf, data + stream->position, n);
	stream->position += (gint64)n;
	return (ssize_t)n;
}

static ssize_t
stream_write(GMimeStream *stream, const char *buf, size_t len)
{
	(void)stream;
	(void)buf;
	(void)len;
	errno = EROFS;
	return -1;
}

static int
stream_flush(GMimeStream *stream)
{
	(void)stream;
	return 0;
}

static int
stream_close(GMimeStream *stream)
{
	(void)stream;
	return 0;
}

static gboolean
stream_eos(GMimeStream *stream)
{
	return stream->position >= stream_end(stream);
}

static int
stream_reset(GMimeStream *stream)
{
	stream->position = stream->bound_start;
	return 0;
}

static gint64
stream_seek(GMimeStream *stream, gint64 offset, GMimeSeekWhence whence)
{
	gint64 end = stream_end(stream);
	gint64 target;

	switch (whence) {
	case GMIME_STREAM_SEEK_SET:
		target = offset;
		break;
	case GMIME_STREAM_SEEK_CUR:
		target = stream->position + offset;
		break;
	case GMIME_STREAM_SEEK_END:
		target = end + offset;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	if (target < stream->bound_start || target > end) {
		errno = EINVAL;
		return -1;
	}
	stream->position = target;
	return target;
}

static gint64
stream_tell(GMimeStream *stream)
{
	return stream->position;
}

static gint64
stream_length(GMimeStream *stream)
{
	return stream_end(stream) - stream->bound_start;
}

static GMimeStream *
stream_substream(GMimeStream *stream, gint64 start, gint64 end)
{
	SgStreamBytes *sub = g_object_new(SG_TYPE_STREAM_BYTES, NULL);

	sub->bytes = g_bytes_ref(SG_STREAM_BYTES(stream)->bytes);
	g_mime_stream_construct(GMIME_STREAM(sub), start, end);
	return GMIME_STREAM(sub);
}

static void
sg_stream_bytes_finalize(GObject *object)
{
	g_clear_pointer(&SG_STREAM_BYTES(object)->bytes, g_bytes_unref);
	G_OBJECT_CLASS(sg_stream_bytes_parent_class)->finalize(object);
}

static void
sg_stream_bytes_class_init(SgStreamBytesClass *klass)
{
	GMimeStreamClass *stream_class = GMIME_STREAM_CLASS(klass);

	G_OBJECT_CLASS(klass)->finalize = sg_stream_bytes_finalize;
	stream_class->read = stream_read;
	stream_class->write = stream_write;
	stream_class->flush = stream_flush;
	stream_class->close = stream_close;
	stream_class->eos = stream_eos;
	stream_class->reset = stream_reset;
	stream_class->seek = stream_seek;
	stream_class->tell = stream_tell;
	stream_class->length = stream_length;
	stream_class->substream = stream_substream;
}

static void
sg_stream_bytes_init(SgStreamBytes *self)
{
	(void)self;
}

GMimeStream *
sg_stream_bytes_new(GBytes *bytes)
{
	g_return_val_if_fail(bytes != NULL, NULL);

	SgStreamBytes *s = g_object_new(SG_TYPE_STREAM_BYTES, NULL);

	s->bytes = g_bytes_ref(bytes);
	g_mime_stream_construct(GMIME_STREAM(s), 0, -1);
	return GMIME_STREAM(s);
}
