/* The gateway's configuration: /etc/snsgate/snsgate.conf (a GLib key file).
 *
 * One schema table drives parsing, defaults, range checks and
 * `snsgate config test`.  Loading collects every problem, each with file,
 * line and what to do, before failing, the way `postfix check` does.
 * Relative paths resolve against the directory of the file that names them,
 * so the tree's own conf/snsgate.conf works uninstalled.
 *
 * An SgConfig is immutable and reference-counted: a reload builds a new one
 * and each message keeps the snapshot it started with.
 */
#ifndef SNSGATE_CONFIG_H
#define SNSGATE_CONFIG_H

#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

#define SG_CONFIG_ERROR (sg_config_error_quark())
GQuark sg_config_error_quark(void);

typedef enum {
	SG_CONFIG_ERROR_READ,		/* the file cannot be read */
	SG_CONFIG_ERROR_INVALID,	/* one or more problems; see message */
} SgConfigError;

/* The default location of the configuration file. */
#define SG_CONFIG_DEFAULT_PATH SYSCONFDIR "/snsgate/snsgate.conf"

typedef struct {
	char *name;		/* "x" from [account.x] */
	char *platform;		/* x, facebook, instagram, youtube, line, threads */
	char *display_name;
	char **officers;	/* lower-case addr-specs */
	char **operators;
	char **publish_to;
	/* Platform limits (0 = the platform's default). */
	guint max_length;
	guint max_hashtags;
	bool require_image;
} SgAccount;

typedef struct _SgConfig SgConfig;

/**
 * sg_config_new_default:
 *
 * Returns: (transfer full): the embedded defaults (no accounts), used when
 * no configuration file exists and for tests.
 */
SgConfig *sg_config_new_default(void);

/**
 * sg_config_load:
 * @path: the configuration file
 * @problems: (out) (optional) (transfer full): every problem found, one
 *   "FILE:LINE: what; what to do" string each, including warnings
 * @error: set when the file cannot be read or has any error
 *
 * Returns: (transfer full) (nullable): the configuration.
 */
SgConfig *sg_config_load(const char *path, GPtrArray **problems,
			 GError **error);

SgConfig *sg_config_ref(SgConfig *config);
void sg_config_unref(SgConfig *config);

/** Returns: (transfer none) (nullable): the file it was loaded from. */
const char *sg_config_get_path(const SgConfig *config);

/** Returns: (transfer none): a string setting, "" when unset. */
const char *sg_config_get_string(const SgConfig *config, const char *group,
				 const char *key);
/** Returns: an integer setting (sizes and durations already in bytes or
 * seconds). */
gint64 sg_config_get_int(const SgConfig *config, const char *group,
			 const char *key);
/** Returns: (transfer none): a path setting, resolved and absolute. */
const char *sg_config_get_path_setting(const SgConfig *config,
				       const char *group, const char *key);

/** Returns: (transfer none) (nullable): the account called @name. */
const SgAccount *sg_config_get_account(const SgConfig *config,
				       const char *name);
/** Returns: (transfer none): every account (SgAccount *), in file order. */
GPtrArray *sg_config_get_accounts(const SgConfig *config);

/**
 * sg_config_get_allow_list:
 * @key: "phones", "domains", "emails", ...
 *
 * Returns: (transfer none): the [allow] list @key as a NULL-terminated array
 * (never NULL).
 */
const char *const *sg_config_get_allow_list(const SgConfig *config,
					    const char *key);

/**
 * sg_config_account_for_address:
 * @address: the recipient, e.g. "sns-approval+x@city.chiyoda.lg.jp"
 *
 * Returns: (transfer none) (nullable): the account named by the address's
 * extension, when @address is the approval address with one.
 */
const SgAccount *sg_config_account_for_address(const SgConfig *config,
					       const char *address);

/**
 * sg_config_find_account:
 * @recipients: (array zero-terminated=1): recipient addr-specs
 * @sender: (nullable): the author's address
 *
 * Finds the account a draft is for (DESIGN flow 1): the account named by a
 * recipient's +ACCOUNT extension of the approval address; for the plain
 * approval address, the one account @sender operates, if exactly one.
 *
 * Returns: (transfer none) (nullable): the account.
 */
const SgAccount *sg_config_find_account(const SgConfig *config,
					const char *const *recipients,
					const char *sender);

/** Returns: the number of keys in the configuration schema. */
guint sg_config_schema_size(void);

/**
 * sg_config_schema_get:
 * @index: < sg_config_schema_size()
 * @group: (out) (transfer none): the group ("account" for [account.NAME])
 * @key: (out) (transfer none): the key
 * @doc: (out) (transfer none): one line on what it does
 */
void sg_config_schema_get(guint index, const char **group, const char **key,
			  const char **doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgConfig, sg_config_unref)

G_END_DECLS

#endif
