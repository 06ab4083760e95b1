/* The gateway's configuration, loaded from a GLib key file and checked
 * against one schema table.
 *
 * The schema ({group, key, type, default, min, max, doc}) drives parsing,
 * defaults, range checks, `snsgate config test` and the test that every key
 * is documented.  GKeyFile reports no line numbers, so loading keeps its own
 * index of where each group and key was written; every problem is reported
 * as "FILE:LINE: what; what to do", and all of them are collected before the
 * load fails.  Relative paths resolve against the directory of the file.
 * The result is immutable and reference-counted.
 */
#include "config.h"

#include <snsgate/config.h>

#include "config-private.h"

#include <errno.h>
#include <string.h>

G_DEFINE_QUARK(sg-config-error-quark, sg_config_error)

typedef enum {
	SG_TYPE_STRING,
	SG_TYPE_ADDRESS,	/* an e-mail address */
	SG_TYPE_PATH,		/* resolved against the file's directory */
	SG_TYPE_INT,
	SG_TYPE_SIZE,		/* bytes; suffixes k, M, G */
	SG_TYPE_DURATION,	/* seconds; suffixes s, m, h, d */
	SG_TYPE_LIST,		/* ';'-separated */
	SG_TYPE_ADDRESS_LIST,
	SG_TYPE_ENUM,		/* one of the '|'-separated words in doc's head */
} SgConfigType;

typedef struct {
	const char *group;	/* "account" stands for every [account.NAME] */
	const char *key;
	SgConfigType type;
	const char *def;	/* NULL: no default */
	gint64 min;
	gint64 max;
	const char *choices;	/* for SG_TYPE_ENUM */
	const char *doc;
} SgConfigKey;

/* The schema.  Keep conf/snsgate.conf and snsgate.conf(5) in step with it:
 * tests/check_config.c fails when a key is missing from either. */
static const SgConfigKey schema[] = {
	{"gateway", "approval_address", SG_TYPE_ADDRESS,
	 "sns-approval@localhost", 0, 0, NULL,
	 "address staff send drafts to; +ACCOUNT selects the account"},
	{"gateway", "self_check_address", SG_TYPE_ADDRESS, "", 0, 0, NULL,
	 "optional address for feedback-only checks of personal posts"},
	{"gateway", "recipient_delimiter", SG_TYPE_STRING, "+", 0, 0, NULL,
	 "separator between the local part and the account or ticket"},
	{"gateway", "socket", SG_TYPE_STRING, "unix:/run/snsgate/milter.sock",
	 0, 0, NULL, "libmilter socket: unix:PATH or inet:PORT@HOST"},
	{"gateway", "user", SG_TYPE_STRING, "snsgate", 0, 0, NULL,
	 "user the milter drops privileges to"},
	{"gateway", "store", SG_TYPE_PATH, "/var/lib/snsgate/snsgate.db", 0, 0,
	 NULL, "SQLite store of drafts, tickets and the audit log"},
	{"gateway", "secret_file", SG_TYPE_PATH, "/etc/snsgate/secret", 0, 0,
	 NULL, "HMAC key for approval tickets: 32+ bytes, mode 0600"},
	{"gateway", "rules", SG_TYPE_PATH, "rules.d", 0, 0, NULL,
	 "directory of rule files (*.conf)"},
	{"gateway", "lexicons", SG_TYPE_PATH, "lexicon", 0, 0, NULL,
	 "directory of lexicon and pattern files named by rules"},
	{"gateway", "ticket_ttl", SG_TYPE_DURATION, "3d", 60, 90 * 86400,
	 NULL, "how long an approval request stays open"},
	{"gateway", "reminder_before", SG_TYPE_DURATION, "1d", 0,
	 30 * 86400, NULL,
	 "how long before expiry snsgate expire sends a reminder (0: none)"},
	{"gateway", "reply_rate_limit", SG_TYPE_INT, "30", 1, 100000, NULL,
	 "officer replies accepted per address per hour"},
	{"gateway", "answer_rate_limit", SG_TYPE_INT, "60", 1, 100000, NULL,
	 "feedback mails per address per hour; beyond it drafts are refused "
	 "at SMTP (ends loops with autoresponders)"},
	{"gateway", "sendmail", SG_TYPE_STRING, "/usr/sbin/sendmail", 0, 0,
	 NULL, "the local sendmail interface snsgate expire mails through"},
	{"gateway", "language", SG_TYPE_ENUM, "ja", 0, 0, "ja|en",
	 "language of feedback mail"},
	{"gateway", "charset", SG_TYPE_ENUM, "utf-8", 0, 0,
	 "utf-8|iso-2022-jp", "charset of the text parts of feedback mail"},
	{"limits", "max_message_size", SG_TYPE_SIZE, "25M", 1024,
	 G_GINT64_CONSTANT(1) << 31, NULL,
	 "largest message accepted; larger drafts are refused with 552"},
	{"limits", "max_mime_depth", SG_TYPE_INT, "32", 1, 1000, NULL,
	 "deepest MIME nesting examined"},
	{"limits", "max_mime_parts", SG_TYPE_INT, "500", 1, 100000, NULL,
	 "most MIME parts examined"},
	{"allow", "phones", SG_TYPE_LIST, "", 0, 0, NULL,
	 "official phone numbers that may appear in posts"},
	{"allow", "domains", SG_TYPE_LIST, "", 0, 0, NULL,
	 "domains whose addresses and links are the organisation's own"},
	{"allow", "emails", SG_TYPE_ADDRESS_LIST, "", 0, 0, NULL,
	 "further e-mail addresses that may appear in posts"},
	{"account", "platform", SG_TYPE_ENUM, NULL, 0, 0,
	 "x|facebook|instagram|youtube|line|threads",
	 "the platform the account posts to"},
	{"account", "display_name", SG_TYPE_STRING, "", 0, 0, NULL,
	 "name shown in feedback and approval requests"},
	{"account", "officers", SG_TYPE_ADDRESS_LIST, NULL, 0, 0, NULL,
	 "responsible officers who approve drafts"},
	{"account", "operators", SG_TYPE_ADDRESS_LIST, NULL, 0, 0, NULL,
	 "staff allowed to submit drafts for the account"},
	{"account", "publish_to", SG_TYPE_ADDRESS_LIST, "", 0, 0, NULL,
	 "where approved drafts are released"},
	{"account", "max_length", SG_TYPE_INT, "0", 0, 1000000, NULL,
	 "post length limit (0: the platform's)"},
	{"account", "max_hashtags", SG_TYPE_INT, "0", 0, 10000, NULL,
	 "hashtag limit (0: the platform's)"},
	{"account", "require_image", SG_TYPE_ENUM, "auto", 0, 0,
	 "auto|yes|no", "whether a post needs an image (auto: by platform)"},
};

struct _SgConfig {
	gint ref_count;
	char *path;
	char *dir;
	/* "group\x1fkey" → typed value as string (paths resolved) */
	GHashTable *values;
	GHashTable *ints;	/* "group\x1fkey" → gint64 * */
	GHashTable *lists;	/* "allow\x1fkey" → char ** */
	GPtrArray *accounts;	/* SgAccount * */
};

/* Loading state: where things are, and what is wrong. */
typedef struct {
	const char *path;
	GHashTable *lines;	/* "group\x1fkey" or "group" → line */
	GPtrArray *problems;
	guint n_errors;
} SgLoad;

static char *
key_id(const char *group, const char *key)
{
	return key ? g_strconcat(group, "\x1f", key, NULL) : g_strdup(group);
}

static void G_GNUC_PRINTF(5, 6)
problem(SgLoad *load, const char *group, const char *key, bool is_error,
	const char *fmt, ...)
{
	guint line = sg_keyfile_line(load->lines, group, key);
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_autofree char *text = g_strdup_printf("%s:%u: %s%s", load->path,
						line,
						is_error ? "" : "warning: ",
						msg);
	/* A key name or value quoted from a file that is not UTF-8 must not
	 * carry invalid bytes into a terminal or the log. */
	g_ptr_array_add(load->problems, g_utf8_make_valid(text, -1));
	if (is_error)
		load->n_errors++;
}

/* GKeyFile keeps no positions; index "[group]" and "key =" lines. */
GHashTable *
sg_keyfile_index_lines(const char *contents)
{
	GHashTable *lines =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_auto(GStrv) rows = g_strsplit(contents, "\n", -1);
	g_autofree char *group = NULL;

	for (guint i = 0; rows[i] != NULL; i++) {
		const char *row = rows[i];
		while (*row == ' ' || *row == '\t')
			row++;
		if (*row == '[') {
			const char *end = strchr(row, ']');
			if (end == NULL)
				continue;
			g_free(group);
			group = g_strndup(row + 1, end - row - 1);
			g_hash_table_insert(lines, g_strdup(group),
					    GUINT_TO_POINTER(i + 1));
		} else if (group != NULL && *row != '#' && *row != '\0') {
			const char *eq = strchr(row, '=');
			if (eq == NULL)
				continue;
			g_autofree char *key = g_strstrip(g_strndup(row, eq - row));
			g_hash_table_insert(lines, key_id(group, key),
					    GUINT_TO_POINTER(i + 1));
		}
	}
	return lines;
}

guint
sg_keyfile_line(GHashTable *lines, const char *group, const char *key)
{
	g_autofree char *id = key_id(group, key);
	guint line = GPOINTER_TO_UINT(g_hash_table_lookup(lines, id));

	if (line == 0 && key != NULL)
		line = GPOINTER_TO_UINT(g_hash_table_lookup(lines, group));
	return line;
}

static const SgConfigKey *
schema_find(const char *group, const char *key)
{
	for (guint i = 0; i < G_N_ELEMENTS(schema); i++)
		if (strcmp(schema[i].group, group) == 0 &&
		    strcmp(schema[i].key, key) == 0)
			return &schema[i];
	return NULL;
}

static bool
parse_scaled(const char *s, const char *suffixes, const gint64 *factors,
	     gint64 *out)
{
	char *end = NULL;

	errno = 0;
	gint64 v = g_ascii_strtoll(s, &end, 10);
	if (errno != 0 || end == s || v < 0)
		return false;
	while (*end == ' ')
		end++;
	gint64 factor = 1;
	if (*end != '\0') {
		const char *p = strchr(suffixes, *end);
		if (p == NULL || end[1] != '\0')
			return false;
		factor = factors[p - suffixes];
	}
	if (v > G_MAXINT64 / factor)
		return false;
	*out = v * factor;
	return true;
}

static bool
valid_address(const char *s)
{
	const char *at = strrchr(s, '@');

	return at != NULL && at != s && at[1] != '\0' &&
	       strpbrk(s, " \t<>,;\"") == NULL;
}

static char **
split_list(const char *value)
{
	g_auto(GStrv) raw = g_strsplit_set(value, ";,", -1);
	GPtrArray *out = g_ptr_array_new();

	for (guint i = 0; raw[i] != NULL; i++) {
		char *item = g_strstrip(raw[i]);
		if (*item != '\0')
			g_ptr_array_add(out, g_strdup(item));
	}
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

static char *
resolve_path(const SgConfig *config, const char *value)
{
	if (*value == '\0' || g_path_is_absolute(value))
		return g_strdup(value);
	return g_build_filename(config->dir, value, NULL);
}

/* Checks and stores one value of @spec; @value is the text (or default). */
static void
set_value(SgConfig *config, SgLoad *load, const char *group,
	  const SgConfigKey *spec, const char *value)
{
	g_autofree char *id = key_id(group, spec->key);
	static const gint64 size_f[] = {1024, 1024 * 1024,
					G_GINT64_CONSTANT(1024) * 1024 * 1024,
					1024};
	static const gint64 dur_f[] = {1, 60, 3600, 86400};
	gint64 n = 0;

	switch (spec->type) {
	case SG_TYPE_INT:
	case SG_TYPE_SIZE:
	case SG_TYPE_DURATION: {
		bool ok = spec->type == SG_TYPE_INT
				  ? parse_scaled(value, "", NULL, &n)
			  : spec->type == SG_TYPE_SIZE
				  ? parse_scaled(value, "kMGK", size_f, &n)
				  : parse_scaled(value, "smhd", dur_f, &n);
		if (!ok) {
			problem(load, group, spec->key, true,
				"%s = %s: not a %s; write e.g. %s", spec->key,
				value,
				spec->type == SG_TYPE_INT    ? "number"
				: spec->type == SG_TYPE_SIZE ? "size"
							     : "duration",
				spec->def ? spec->def : "10");
			return;
		}
		if ((spec->min || spec->max) &&
		    (n < spec->min || n > spec->max)) {
			problem(load, group, spec->key, true,
				"%s = %s: out of range (%" G_GINT64_FORMAT
				"..%" G_GINT64_FORMAT ")",
				spec->key, value, spec->min, spec->max);
			return;
		}
		gint64 *copy = g_new(gint64, 1);
		*copy = n;
		g_hash_table_insert(config->ints, g_strdup(id), copy);
		break;
	}
	case SG_TYPE_ENUM: {
		g_auto(GStrv) words = g_strsplit(spec->choices, "|", -1);
		if (!g_strv_contains((const char *const *)words, value)) {
			problem(load, group, spec->key, true,
				"%s = %s: must be one of %s", spec->key, value,
				spec->choices);
			return;
		}
		break;
	}
	case SG_TYPE_ADDRESS:
		if (*value != '\0' && !valid_address(value)) {
			problem(load, group, spec->key, true,
				"%s = %s: not an e-mail address", spec->key,
				value);
			return;
		}
		break;
	case SG_TYPE_LIST:
	case SG_TYPE_ADDRESS_LIST: {
		char **items = split_list(value);
		for (guint i = 0; items[i] != NULL; i++) {
			if (spec->type == SG_TYPE_ADDRESS_LIST &&
			    !valid_address(items[i]))
				problem(load, group, spec->key, true,
					"%s: '%s' is not an e-mail address",
					spec->key, items[i]);
			if (spec->type == SG_TYPE_ADDRESS_LIST) {
				char *lower = g_ascii_strdown(items[i], -1);
				g_free(items[i]);
				items[i] = lower;
			}
		}
		g_hash_table_insert(config->lists, g_strdup(id), items);
		break;
	}
	case SG_TYPE_PATH:
		g_hash_table_insert(config->values, g_strdup(id),
				    resolve_path(config, value));
		return;
	case SG_TYPE_STRING:
	default:
		break;
	}
	g_hash_table_insert(config->values, g_strdup(id), g_strdup(value));
}

static void
account_free(SgAccount *account)
{
	g_free(account->name);
	g_free(account->platform);
	g_free(account->display_name);
	g_strfreev(account->officers);
	g_strfreev(account->operators);
	g_strfreev(account->publish_to);
	g_free(account);
}

static SgConfig *
config_alloc(const char *path, const char *dir)
{
	SgConfig *config = g_new0(SgConfig, 1);

	config->ref_count = 1;
	config->path = g_strdup(path);
	config->dir = g_strdup(dir);
	config->values =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	config->ints =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	config->lists = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
					      (GDestroyNotify)g_strfreev);
	config->accounts =
		g_ptr_array_new_with_free_func((GDestroyNotify)account_free);
	return config;
}

/* Fills every non-account key of the schema from @kf or its default. */
static void
load_globals(SgConfig *config, SgLoad *load, GKeyFile *kf)
{
	for (guint i = 0; i < G_N_ELEMENTS(schema); i++) {
		const SgConfigKey *spec = &schema[i];
		if (strcmp(spec->group, "account") == 0)
			continue;
		g_autofree char *value =
			kf ? g_key_file_get_value(kf, spec->group, spec->key,
						  NULL)
			   : NULL;
		if (value != NULL)
			g_strstrip(value);
		set_value(config, load, spec->group, spec,
			  value ? value : spec->def);
	}
}

static char **
take_list(SgConfig *config, const char *group, const char *key)
{
	g_autofree char *id = key_id(group, key);
	gpointer stolen_key = NULL, stolen = NULL;

	if (g_hash_table_steal_extended(config->lists, id, &stolen_key,
					&stolen)) {
		g_free(stolen_key);
		return stolen;
	}
	return g_new0(char *, 1);
}

static void
load_account(SgConfig *config, SgLoad *load, GKeyFile *kf, const char *group)
{
	const char *name = group + strlen("account.");

	if (*name == '\0' || strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_-") !=
				     strlen(name)) {
		problem(load, group, NULL, true,
			"[%s]: account names use a-z, 0-9, '-' and '_' only "
			"(they appear in the +ACCOUNT address)",
			group);
		return;
	}
	for (guint i = 0; i < G_N_ELEMENTS(schema); i++) {
		const SgConfigKey *spec = &schema[i];
		if (strcmp(spec->group, "account") != 0)
			continue;
		g_autofree char *value =
			g_key_file_get_value(kf, group, spec->key, NULL);
		if (value == NULL && spec->def == NULL) {
			problem(load, group, NULL, true,
				"[%s] has no %s; add it (%s)", group,
				spec->key, spec->doc);
			continue;
		}
		if (value != NULL)
			g_strstrip(value);
		set_value(config, load, group, spec,
			  value ? value : spec->def);
	}

	SgAccount *account = g_new0(SgAccount, 1);
	account->name = g_strdup(name);
	account->platform =
		g_strdup(sg_config_get_string(config, group, "platform"));
	account->display_name =
		g_strdup(sg_config_get_string(config, group, "display_name"));
	account->officers = take_list(config, group, "officers");
	account->operators = take_list(config, group, "operators");
	account->publish_to = take_list(config, group, "publish_to");
	account->max_length =
		(guint)sg_config_get_int(config, group, "max_length");
	account->max_hashtags =
		(guint)sg_config_get_int(config, group, "max_hashtags");
	const char *img = sg_config_get_string(config, group, "require_image");
	account->require_image =
		strcmp(img, "yes") == 0 ||
		(strcmp(img, "auto") == 0 &&
		 g_strcmp0(account->platform, "instagram") == 0);
	if (g_strv_length(account->officers) == 0 &&
	    g_key_file_has_key(kf, group, "officers", NULL))
		problem(load, group, "officers", true,
			"[%s] lists no officer: drafts could never be approved",
			group);
	g_ptr_array_add(config->accounts, account);
}

SgConfig *
sg_config_new_default(void)
{
	g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func(g_free);
	SgLoad load = {.path = "(defaults)"};
	SgConfig *config = config_alloc(NULL, SYSCONFDIR "/snsgate");

	load.lines = g_hash_table_new(g_str_hash, g_str_equal);
	load.problems = problems;
	load_globals(config, &load, NULL);
	g_hash_table_unref(load.lines);
	g_assert(load.n_errors == 0);
	return config;
}

SgConfig *
sg_config_load(const char *path, GPtrArray **problems, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);

	g_autofree char *contents = NULL;
	gsize len = 0;
	g_autoptr(GError) local = NULL;

	if (problems)
		*problems = NULL;
	if (!g_file_get_contents(path, &contents, &len, &local)) {
		g_set_error(error, SG_CONFIG_ERROR, SG_CONFIG_ERROR_READ,
			    "%s", local->message);
		return NULL;
	}

	g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GHashTable) lines = sg_keyfile_index_lines(contents);
	SgLoad load = {.path = path, .lines = lines, .problems = found};
	g_autoptr(GKeyFile) kf = g_key_file_new();

	if (!g_key_file_load_from_data(kf, contents, len, G_KEY_FILE_NONE,
				       &local)) {
		/* GKeyFile's message already names the line; it quotes the
		 * offending bytes, which need not be UTF-8. */
		g_autofree char *msg = g_utf8_make_valid(local->message, -1);

		g_set_error(error, SG_CONFIG_ERROR, SG_CONFIG_ERROR_INVALID,
			    "%s: %s", path, msg);
		if (problems) {
			g_ptr_array_add(found,
					g_strdup_printf("%s: %s", path, msg));
			*problems = g_steal_pointer(&found);
		}
		return NULL;
	}

	g_autofree char *abs = g_canonicalize_filename(path, NULL);
	g_autofree char *dir = g_path_get_dirname(abs);
	SgConfig *config = config_alloc(abs, dir);

	g_auto(GStrv) groups = g_key_file_get_groups(kf, NULL);
	for (guint g = 0; groups[g] != NULL; g++) {
		const char *group = groups[g];
		bool is_account = g_str_has_prefix(group, "account.");
		const char *schema_group = is_account ? "account" : group;
		bool known = false;
		for (guint i = 0; i < G_N_ELEMENTS(schema); i++)
			known |= strcmp(schema[i].group, schema_group) == 0;
		if (!known || strcmp(group, "account") == 0) {
			problem(&load, group, NULL, true,
				"unknown section [%s]; sections are [gateway], "
				"[limits], [allow] and [account.NAME]",
				group);
			continue;
		}
		g_auto(GStrv) keys = g_key_file_get_keys(kf, group, NULL, NULL);
		for (guint k = 0; keys && keys[k] != NULL; k++)
			if (schema_find(schema_group, keys[k]) == NULL)
				problem(&load, group, keys[k], true,
					"unknown key '%s' in [%s]; check the "
					"spelling against snsgate.conf(5)",
					keys[k], group);
		if (is_account)
			load_account(config, &load, kf, group);
	}
	load_globals(config, &load, kf);

	/* Cross-checks: an operator of two accounts must say which one. */
	for (guint i = 0; i < config->accounts->len; i++) {
		const SgAccount *a = g_ptr_array_index(config->accounts, i);
		for (guint j = 0; a->officers[j] != NULL; j++)
			if (g_strv_contains((const char *const *)a->operators,
					    a->officers[j])) {
				g_autofree char *group =
					g_strconcat("account.", a->name, NULL);
				problem(&load, group, "officers", false,
					"%s is both officer and operator of "
					"[%s]; they can never approve their own "
					"drafts",
					a->officers[j], group);
			}
	}

	if (load.n_errors > 0) {
		g_set_error(error, SG_CONFIG_ERROR, SG_CONFIG_ERROR_INVALID,
			    "%s: %u error%s", path, load.n_errors,
			    load.n_errors == 1 ? "" : "s");
		if (problems)
			*problems = g_steal_pointer(&found);
		sg_config_unref(config);
		return NULL;
	}
	if (problems)
		*problems = g_steal_pointer(&found);
	return config;
}

SgConfig *
sg_config_ref(SgConfig *config)
{
	g_return_val_if_fail(config != NULL, NULL);
	g_atomic_int_inc(&config->ref_count);
	return config;
}

void
sg_config_unref(SgConfig *config)
{
	if (config == NULL || !g_atomic_int_dec_and_test(&config->ref_count))
		return;
	g_free(config->path);
	g_free(config->dir);
	g_hash_table_unref(config->values);
	g_hash_table_unref(config->ints);
	g_hash_table_unref(config->lists);
	g_ptr_array_unref(config->accounts);
	g_free(config);
}

const char *
sg_config_get_path(const SgConfig *config)
{
	return config->path;
}

const char *
sg_config_get_string(const SgConfig *config, const char *group,
		     const char *key)
{
	g_autofree char *id = key_id(group, key);
	const char *v = g_hash_table_lookup(config->values, id);

	return v ? v : "";
}

gint64
sg_config_get_int(const SgConfig *config, const char *group, const char *key)
{
	g_autofree char *id = key_id(group, key);
	const gint64 *v = g_hash_table_lookup(config->ints, id);

	return v ? *v : 0;
}

const char *
sg_config_get_path_setting(const SgConfig *config, const char *group,
			   const char *key)
{
	return sg_config_get_string(config, group, key);
}

const SgAccount *
sg_config_get_account(const SgConfig *config, const char *name)
{
	for (guint i = 0; name && i < config->accounts->len; i++) {
		const SgAccount *a = g_ptr_array_index(config->accounts, i);
		if (g_ascii_strcasecmp(a->name, name) == 0)
			return a;
	}
	return NULL;
}

GPtrArray *
sg_config_get_accounts(const SgConfig *config)
{
	return config->accounts;
}

const char *const *
sg_config_get_allow_list(const SgConfig *config, const char *key)
{
	static const char *const empty[] = {NULL};
	g_autofree char *id = key_id("allow", key);
	const char *const *v = g_hash_table_lookup(config->lists, id);

	return v ? v : empty;
}

const SgAccount *
sg_config_account_for_address(const SgConfig *config, const char *address)
{
	const char *approval =
		sg_config_get_string(config, "gateway", "approval_address");
	const char *delim =
		sg_config_get_string(config, "gateway", "recipient_delimiter");
	const char *at = strrchr(address, '@');
	const char *aat = strrchr(approval, '@');

	if (at == NULL || aat == NULL || *delim == '\0' ||
	    g_ascii_strcasecmp(at, aat) != 0)
		return NULL;
	gsize base = (gsize)(aat - approval);
	if ((gsize)(at - address) <= base + strlen(delim) ||
	    g_ascii_strncasecmp(address, approval, base) != 0 ||
	    strncmp(address + base, delim, strlen(delim)) != 0)
		return NULL;
	g_autofree char *ext =
		g_strndup(address + base + strlen(delim),
			  at - address - base - strlen(delim));
	return sg_config_get_account(config, ext);
}

const SgAccount *
sg_config_find_account(const SgConfig *config, const char *const *recipients,
		       const char *sender)
{
	const char *approval =
		sg_config_get_string(config, "gateway", "approval_address");
	bool plain = false;

	for (guint i = 0; recipients && recipients[i]; i++) {
		const SgAccount *a =
			sg_config_account_for_address(config, recipients[i]);
		if (a != NULL)
			return a;
		plain |= g_ascii_strcasecmp(recipients[i], approval) == 0;
	}
	if (!plain || sender == NULL)
		return NULL;
	const SgAccount *only = NULL;
	for (guint i = 0; i < config->accounts->len; i++) {
		const SgAccount *a = g_ptr_array_index(config->accounts, i);
		for (guint j = 0; a->operators[j]; j++) {
			if (g_ascii_strcasecmp(a->operators[j], sender) != 0)
				continue;
			if (only != NULL)
				return NULL;
			only = a;
		}
	}
	return only;
}

/* The schema, for `snsgate config test --keys` and the documentation test. */
guint
sg_config_schema_size(void)
{
	return G_N_ELEMENTS(schema);
}

void
sg_config_schema_get(guint index, const char **group, const char **key,
		     const char **doc)
{
	g_return_if_fail(index < G_N_ELEMENTS(schema));
	*group = schema[index].group;
	*key = schema[index].key;
	*doc = schema[index].doc;
}
