/* snsgate-milter's parts: the libmilter callbacks (filter.c), the current
 * gateway snapshot they read (swapped on reload), and the process plumbing
 * in main.c.  Everything decided here is decided by the library; this edge
 * only captures SMTP facts and carries out the library's SgAction.
 */
#ifndef SNSGATE_MILTER_H
#define SNSGATE_MILTER_H

#include <glib.h>
#include <libmilter/mfapi.h>
#include <snsgate/gateway.h>

/* The callbacks table registered with smfi_register(). */
extern struct smfiDesc sg_milter_desc;

/**
 * sg_milter_set_gateway:
 * Makes @gateway (transfer full) the snapshot new messages use; messages
 * in flight keep theirs.
 */
void sg_milter_set_gateway(SgGateway *gateway);

/** Returns: (transfer full): the current snapshot, referenced. */
SgGateway *sg_milter_get_gateway(void);

#endif
