/* Officer replies: what an approval-by-reply message says.  The reply's own
 * words are the text above the first quote marker: a '>' line and the
 * attribution just before it, "On … wrote:", the Japanese Gmail, Apple Mail
 * and Thunderbird attributions, Outlook's -----Original Message----- / ____ /
 * 差出人:+送信日時: header blocks, the "-- " signature or a ━━━━ rule above
 * one, and the phones' "iPhoneから送信" footers.  The command is the word
 * that begins the first non-empty line of them, after at most two short
 * preamble lines (a greeting, a name) that mention no command.  Words are
 * matched on an NFKC_Casefold + kana-folded copy of each line (normalize.h),
 * so ＯＫ, ok and OK are one word; the reason is cut from the original text
 * through the offset map, verbatim.  The rules are deliberately one-sided:
 * anything that could be a negation, a question, a condition on the command
 * word itself or a second command is SG_REPLY_UNCLEAR, which decides nothing
 * and gets the officer a help message (DESIGN §1 flow 2), so a misread reply
 * costs a re-send, never a wrong publication.  This file neither checks who
 * sent the reply nor verifies the ticket token: it only reads what the
 * message says.  It does not read below the quote (a bottom-posted answer is
 * unclear) and does not understand prose ("先日承認した件ですが" is
 * unclear).  Lines longer than SG_REPLY_MARKER_MAX are never taken for
 * markers and are not normalized while looking for them, so the work is
 * linear in the message.  No state is kept between calls: every function is
 * thread-safe.
 */
#include "config.h"

#include <snsgate/reply.h>

#include <snsgate/normalize.h>

#include <string.h>

/* A line longer than this is never a quote header, separator, footer or
 * code line (a Gmail "On …, Name <address> wrote:" is far shorter).  Bounds
 * the normalization done while looking for markers in a long body. */
#define SG_REPLY_MARKER_MAX 512

/* Lines without a command allowed before the command line ("お疲れ様です。",
 * "広報課の山田です。"), and how long such a line may be, in characters.
 * Anything longer is prose, and prose before a command makes it unclear. */
#define SG_REPLY_PREAMBLE_LINES 2
#define SG_REPLY_PREAMBLE_CHARS 40

/* The shortest line of symbols taken for a rule above a signature or a
 * quoted header block ("━━━━━━━━"); "-----" in a sentence is not one. */
#define SG_REPLY_RULE_MIN 8

/* Bullets and opening brackets allowed before the command word
 * ("・承認", "『承認』": the request itself writes 『承認』). */
#define SG_REPLY_MAX_BULLETS 4

#define SG_REPLY_ID_LEN 17	/* SG-YYYYMMDD-XXXXX */
#define SG_REPLY_TOKEN_LEN 32	/* lower-case base32 */

/* --- the words ------------------------------------------------------------ */

enum {
	/* A continuation after a space is accepted when it says nothing
	 * negative ("OK よろしくお願いします"). */
	SG_WORD_LOOSE = 1 << 0,
	/* Nothing but punctuation may follow on the line ("yes"). */
	SG_WORD_ALONE = 1 << 1,
};

typedef struct {
	const char *word;		/* NFKC_Casefold, kana folded */
	SgReplyCommand command;
	const char *const *tails;	/* APPROVE: what may follow directly */
	guint flags;
} SgWord;

/* What may follow an approve word up to the end of its sentence.  A list of
 * what is accepted, not of what is refused: "承認できかねます", "承認待ち",
 * "承認お願いします" (a request, not a decision) and every phrasing not
 * foreseen here are unclear. */
static const char *const approve_tails[] = {
	"", "します", "いたします", "致します", "です", "でございます",
	"しました", "いたしました", "致しました", "する", "いたす", "致す",
	"とします", "といたします", "とさせていただきます", "済", "済み",
	"済みです", "ずみ", "ずみです", "で", "でお願いします",
	"でおねがいします", "でお願いいたします", "でよろしくお願いします",
	"で結構です", "でけっこうです", "で問題ありません", "で問題ないです",
	"で問題なし", "でよいです", "で良いです", "でいいです",
	"でよろしいです", "ok", "でok", NULL,
};

/* 了承 is consent in "了承します" but mostly acknowledgement in
 * "了承しました" ("noted", the usual answer to a notice): only the
 * present, performative forms approve. */
static const char *const consent_tails[] = {
	"", "します", "いたします", "致します", "です", NULL,
};

static const char *const ok_tails[] = {
	"", "です", "でございます", "でお願いします", "でおねがいします",
	"でお願いいたします", NULL,
};

static const char *const bare_tails[] = {"", NULL};

static const SgWord words[] = {
	{"承認", SG_REPLY_APPROVE, approve_tails, SG_WORD_LOOSE},
	{"許可", SG_REPLY_APPROVE, approve_tails, SG_WORD_LOOSE},
	{"了承", SG_REPLY_APPROVE, consent_tails, 0},
	{"ok", SG_REPLY_APPROVE, ok_tails, SG_WORD_LOOSE},
	{"okay", SG_REPLY_APPROVE, ok_tails, SG_WORD_LOOSE},
	{"approve", SG_REPLY_APPROVE, bare_tails, SG_WORD_LOOSE},
	{"approved", SG_REPLY_APPROVE, bare_tails, SG_WORD_LOOSE},
	{"yes", SG_REPLY_APPROVE, bare_tails, SG_WORD_ALONE},
	{"差し戻し", SG_REPLY_REJECT, NULL, 0},
	{"差戻し", SG_REPLY_REJECT, NULL, 0},
	{"差し戻す", SG_REPLY_REJECT, NULL, 0},
	{"差戻す", SG_REPLY_REJECT, NULL, 0},
	{"差し戻", SG_REPLY_REJECT, NULL, 0},
	{"差戻", SG_REPLY_REJECT, NULL, 0},
	{"却下", SG_REPLY_REJECT, NULL, 0},
	{"不承認", SG_REPLY_REJECT, NULL, 0},
	{"不許可", SG_REPLY_REJECT, NULL, 0},
	{"否認", SG_REPLY_REJECT, NULL, 0},
	{"ng", SG_REPLY_REJECT, NULL, 0},
	{"reject", SG_REPLY_REJECT, NULL, 0},
	{"rejected", SG_REPLY_REJECT, NULL, 0},
};

/* Polite endings that belong to a reject word and not to the reason
 * ("差し戻します。" = 差し戻し + ます). */
static const char *const reject_suffixes[] = {
	"とさせていただきます", "させていただきます", "とさせて頂きます",
	"させて頂きます", "でお願いいたします", "でお願いします",
	"でおねがいします", "をお願いします", "お願いします", "といたします",
	"いたします", "致します", "とします", "します", "でございます", "です",
	"ます", "とする", "する", NULL,
};

/* Continuations that turn a reject word into its opposite, a question or
 * a mere intention: "却下しません", "差戻しは不要", "差し戻さない",
 * "NGではありません", "差戻しかどうか", "差戻しを検討しています".
 * Compared with the start of what follows the word. */
static const char *const reject_negations[] = {
	"か", "を検討", "を考え", "べき", "すべき", "するべき", "した方",
	"したほう", "予定", "の予定", "になるかも", "しな", "しません", "せず",
	"さな", "さず", "せな", "せません", "させな", "できな", "できません",
	"できず", "できかね", "しかね", "いたしかね", "不要", "不可", "なし",
	"無し", "ない", "なく", "では", "じゃな", "はしな", "はしません",
	"はできな", "はできません", "は不要", "は不可", "はなし", "は無し",
	"はない", "はありません", "は取り消", "は保留", "取り消", "取消",
	"撤回", "保留", "待", "まだ", "はまだ", NULL,
};

/* How a line may begin that finishes the approve word on the line above
 * the wrong way ("承認\nできません"): a line break does not make it
 * an approval. */
static const char *const negative_continuations[] = {
	"できな", "できません", "できず", "できかね", "しかね", "いたしかね",
	"しな", "しません", "せず", "は保留", "保留", "は不可", "不可",
	"ではな", "ではありません", "じゃな", "待って", "まだ", NULL,
};

/* Words anywhere on an approve line that make it unclear.  Not "ない" or
 * "ません" alone: "問題ありません" is the commonest thing written after
 * "承認します。". */
static const char *const negations[] = {
	"できない", "できません", "できず", "できかね", "しかね", "しない",
	"しません", "せず", "不可", "保留", "待って", "まって", "見送",
	"ではない", "ではなく", "ではありません", "じゃない", "じゃなく",
	"取り消", "取消", "撤回", "n't", "n’t", NULL,
};

/* The same in English, matched as whole words. */
static const char *const negation_words[] = {
	"not", "cannot", "cant", "dont", "wont", "never", "wait", "hold",
	"pending", "cancel", NULL,
};

static const char *const reject_negation_words[] = {
	"not", "no", "never", "cancel", NULL,
};

static const char *const bullets[] = {
	"・", "•", "●", "○", "◎", "◯", "■", "□", "◆", "◇", "★", "☆", "※",
	"→", "⇒", "▶", "►", "✓", "✔", "☑", "-", "*", "+", "「", "『", "【",
	"[", "(", "〔", "〈", "《", "\"", "“", NULL,
};

static bool
is_ascii_alnum(char c)
{
	return g_ascii_isalnum(c);
}

static const char *
skip_spaces(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

static bool
in_list(const char *s, const char *const *list)
{
	for (guint i = 0; list[i] != NULL; i++) {
		if (strcmp(s, list[i]) == 0)
			return true;
	}
	return false;
}

/* Returns: the length of the longest entry of @list that @s begins with,
 * or 0. */
static gsize
prefix_in_list(const char *s, const char *const *list)
{
	gsize best = 0;

	for (guint i = 0; list[i] != NULL; i++) {
		gsize n = strlen(list[i]);

		if (n > best && strncmp(s, list[i], n) == 0)
			best = n;
	}
	return best;
}

/* Whether @s..@end holds one of @list as a whole ASCII word. */
static bool
has_ascii_word(const char *s, const char *end, const char *const *list)
{
	const char *p = s;

	while (p < end) {
		const char *w = p;
		g_autofree char *word = NULL;

		if (!is_ascii_alnum(*p) && *p != '\'') {
			p++;
			continue;
		}
		while (p < end && (is_ascii_alnum(*p) || *p == '\''))
			p++;
		word = g_strndup(w, (gsize)(p - w));
		/* "can't" and "cant" are one word. */
		for (char *q = word, *o = word;; q++) {
			if (*q != '\'')
				*o++ = *q;
			if (*q == '\0')
				break;
		}
		if (in_list(word, list))
			return true;
	}
	return false;
}

/* The command word at @s, or NULL.  Longest match; an ASCII word must stand
 * alone ("ok" is not in "token", "ng" not in "morning"), @base being where
 * the text starts. */
static const SgWord *
word_at(const char *base, const char *s, const char *end)
{
	const SgWord *best = NULL;
	gsize best_len = 0;

	for (guint i = 0; i < G_N_ELEMENTS(words); i++) {
		const SgWord *w = &words[i];
		gsize n = strlen(w->word);
		bool ascii = (guchar)w->word[0] < 0x80;

		if (n <= best_len || (gsize)(end - s) < n ||
		    memcmp(s, w->word, n) != 0)
			continue;
		if (ascii && ((s > base && is_ascii_alnum(s[-1])) ||
			      (s + n < end && is_ascii_alnum(s[n]))))
			continue;
		best = w;
		best_len = n;
	}
	return best;
}

/* Whether @s..@end mentions a command word of @which (SG_REPLY_UNCLEAR:
 * of either).  Matches don't overlap, so the 承認 of 不承認 is not an
 * approve word. */
static bool
mentions(const char *s, const char *end, SgReplyCommand which)
{
	const char *p = s;

	while (p < end) {
		const SgWord *w = word_at(s, p, end);

		if (w != NULL) {
			if (which == SG_REPLY_UNCLEAR || w->command == which)
				return true;
			p += strlen(w->word);
		} else {
			p = g_utf8_next_char(p);
		}
	}
	return false;
}

static bool
has_negation(const char *s, const char *end)
{
	g_autofree char *copy = g_strndup(s, (gsize)(end - s));

	for (guint i = 0; negations[i] != NULL; i++) {
		if (strstr(copy, negations[i]) != NULL)
			return true;
	}
	return has_ascii_word(s, end, negation_words);
}

/* The end of the sentence that begins at @s: the first character that is
 * neither a letter, a digit, a space nor a question mark (kept so that
 * "OK?" is a question, not an OK). */
static const char *
sentence_end(const char *s)
{
	while (*s != '\0') {
		gunichar c = g_utf8_get_char(s);

		if (!g_unichar_isalnum(c) && !g_unichar_isspace(c) &&
		    c != '?' && c != '\'' && c != 0x2019)
			break;
		s = g_utf8_next_char(s);
	}
	return s;
}

/* Whether @s holds nothing but punctuation and spaces. */
static bool
only_punctuation(const char *s)
{
	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		gunichar c = g_utf8_get_char(s);

		if (g_unichar_isalnum(c) || c == '?')
			return false;
	}
	return true;
}

/* Skips spaces, bullets and opening brackets before a command word. */
static const char *
skip_bullets(const char *s)
{
	s = skip_spaces(s);
	for (guint i = 0; i < SG_REPLY_MAX_BULLETS; i++) {
		gsize n = prefix_in_list(s, bullets);

		if (n == 0)
			break;
		s = skip_spaces(s + n);
	}
	return s;
}

/* An approve word at the start of a line: accepted only when what follows
 * it in its sentence is a known affirmative ending, and nothing on the line
 * negates it or names the other command. */
static SgReplyCommand
decide_approve(const SgWord *w, const char *after)
{
	const char *end = sentence_end(after);
	const char *tail = skip_spaces(after);
	g_autofree char *tail_text = NULL;
	bool ok;

	tail_text = g_strndup(tail, (gsize)(MAX(end, tail) - tail));
	g_strchomp(tail_text);
	ok = in_list(tail_text, w->tails);
	if (!ok && (w->flags & SG_WORD_LOOSE) && tail != after &&
	    !has_negation(tail, end) &&
	    memchr(tail, '?', (gsize)(end - tail)) == NULL)
		ok = true;
	if (!ok)
		return SG_REPLY_UNCLEAR;
	if (mentions(after, after + strlen(after), SG_REPLY_REJECT) ||
	    has_negation(after, after + strlen(after)))
		return SG_REPLY_UNCLEAR;
	if ((w->flags & SG_WORD_ALONE) && !only_punctuation(end))
		return SG_REPLY_UNCLEAR;
	return SG_REPLY_APPROVE;
}

/* A reject word at the start of a line: refused when what follows it
 * directly negates it, or when its own sentence names an approve word.  The
 * reason after a separator is free text ("却下：写真の使用許可を…").
 * Returns the command and, in @consumed, the length of the polite ending
 * that belongs to the word. */
static SgReplyCommand
decide_reject(const char *after, gsize *consumed)
{
	const char *t = skip_spaces(after);
	const char *w = t;	/* end of an English word at @t */
	const char *rest;
	gsize n;

	*consumed = 0;
	while (g_ascii_isalpha(*w) || *w == '\'')
		w++;
	if (prefix_in_list(t, reject_negations) > 0 ||
	    has_ascii_word(t, w, reject_negation_words))
		return SG_REPLY_UNCLEAR;
	n = prefix_in_list(after, reject_suffixes);
	if (n == 0 && g_str_has_prefix(after, "で")) {
		const char *q = after + strlen("で");

		/* "差戻しで。" but not "差戻しで写真を…" */
		if (*q == '\0' || *q == ' ' || sentence_end(q) == q)
			n = strlen("で");
	}
	*consumed = n;
	rest = after + n;
	if (mentions(rest, sentence_end(rest), SG_REPLY_APPROVE))
		return SG_REPLY_UNCLEAR;
	return SG_REPLY_REJECT;
}

/* --- ticket code lines ---------------------------------------------------- */

static bool
is_base32_lower(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7');
}

/* Whether @s begins with sg-YYYYMMDD-XXXXX.TOKEN (normalized, so lower
 * case) standing alone. */
static bool
code_at(const char *s)
{
	gsize i = 0;

	if (strncmp(s, "sg-", 3) != 0)
		return false;
	for (i = 3; i < 11; i++) {
		if (!g_ascii_isdigit(s[i]))
			return false;
	}
	if (s[i++] != '-')
		return false;
	for (; i < SG_REPLY_ID_LEN; i++) {
		if (!g_ascii_isdigit(s[i]) && !g_ascii_islower(s[i]))
			return false;
	}
	if (s[i++] != '.')
		return false;
	for (gsize k = 0; k < SG_REPLY_TOKEN_LEN; k++, i++) {
		if (!is_base32_lower(s[i]))
			return false;
	}
	return !is_ascii_alnum(s[i]);
}

/* Parses a normalized code line, "承認コード: SG-….token" or "Code: …",
 * quoted or not. */
static bool
parse_code(const char *norm, char **id, char **token)
{
	static const char *const labels[] = {
		"承認こーど", "approval code", "こーど", "code", NULL,
	};
	const char *s = norm;
	gsize n;

	while (*s == ' ' || *s == '\t' || *s == '>' || *s == '|')
		s++;
	n = prefix_in_list(s, labels);
	if (n == 0)
		return false;
	s = skip_spaces(s + n);
	if (*s != ':')
		return false;
	s = skip_spaces(s + 1);
	if (!code_at(s))
		return false;
	if (id != NULL)
		*id = g_ascii_strup(s, SG_REPLY_ID_LEN);
	if (token != NULL)
		*token = g_strndup(s + SG_REPLY_ID_LEN + 1,
				   SG_REPLY_TOKEN_LEN);
	return true;
}

/* --- lines --------------------------------------------------------------- */

static gsize
line_length(const char *p)
{
	const char *nl = strchr(p, '\n');

	return nl != NULL ? (gsize)(nl - p) : strlen(p);
}

/* Returns: (transfer full): the line normalized and trimmed. */
static char *
normalize_line(const char *p, gsize len)
{
	SgNormText *norm = sg_norm_text_new(p, (gssize)len, SG_NORM_DEFAULT);
	char *out = g_strdup(sg_norm_text_get(norm, NULL));

	sg_norm_text_free(norm);
	return g_strstrip(out);
}

typedef struct {
	const char *p;
	gsize len;
	char *norm;	/* normalized and trimmed; NULL when the line is
			 * longer than SG_REPLY_MARKER_MAX */
} SgLine;

static void
line_load(SgLine *line, const char *p)
{
	line->p = p;
	line->len = line_length(p);
	line->norm = line->len <= SG_REPLY_MARKER_MAX
			     ? normalize_line(p, line->len)
			     : NULL;
}

static bool
line_is_blank(const SgLine *line)
{
	return line->norm != NULL && line->norm[0] == '\0';
}

/* --- quote markers -------------------------------------------------------- */

/* A quoted line: '>' (or a full-width ＞) after optional blanks. */
static bool
is_quote(const SgLine *line)
{
	const char *s = line->p;
	const char *end = line->p + line->len;

	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	return (s < end && *s == '>') ||
	       (end - s >= 3 && memcmp(s, "\xef\xbc\x9e", 3) == 0);
}

/* "-- " (RFC 3676 §4.3); HTML rendering and some clients drop the space. */
static bool
is_signature(const SgLine *line)
{
	return (line->len == 3 && memcmp(line->p, "-- ", 3) == 0) ||
	       (line->len == 2 && memcmp(line->p, "--", 2) == 0);
}

/* A rule: a line of at least SG_REPLY_RULE_MIN symbols of one or two
 * kinds.  Outlook's "________________________________" above its header
 * block, and the "━━━━━━━━" or "＝＝＝＝" that frames a Japanese office
 * signature, which Outlook inserts without a "-- " line. */
static bool
is_rule(const char *norm)
{
	gunichar kinds[2] = {0, 0};
	guint n = 0;

	for (const char *s = norm; *s != '\0'; s = g_utf8_next_char(s)) {
		gunichar c = g_utf8_get_char(s);

		if (c == ' ')
			continue;
		if (g_unichar_isalnum(c) || g_unichar_isspace(c))
			return false;
		if (kinds[0] == 0 || kinds[0] == c)
			kinds[0] = c;
		else if (kinds[1] == 0 || kinds[1] == c)
			kinds[1] = c;
		else
			return false;
		n++;
	}
	return n >= SG_REPLY_RULE_MIN;
}

/* "-----Original Message-----", "-----元のメッセージ-----",
 * "-------- 元のメッセージ --------" (Android), forwards. */
static bool
is_separator(const char *norm)
{
	static const char *const labels[] = {
		"original message", "元のめっせーじ", "元のめーる",
		"forwarded message", "転送めっせーじ", "転送されためっせーじ",
		NULL,
	};
	const char *s = norm;
	guint dashes = 0;

	while (*s == '-' || *s == ' ') {
		if (*s == '-')
			dashes++;
		s++;
	}
	if (dashes >= 2 && prefix_in_list(s, labels) > 0)
		return true;
	return g_str_has_prefix(norm, "begin forwarded message") ||
	       g_str_has_prefix(norm, "転送されためっせーじ:");
}

static bool
has_ascii_letter(const char *s, gsize len)
{
	for (gsize i = 0; i < len; i++) {
		if (g_ascii_isalpha(s[i]))
			return true;
	}
	return false;
}

/* "Sent from my iPhone", "iPhoneから送信", "Android から送信",
 * "Galaxy スマートフォンから送信されました", "Get Outlook for iOS". */
static bool
is_footer(const char *norm)
{
	static const char *const prefixes[] = {
		"sent from ", "sent via ", "get outlook for ",
		"outlook for ios", "outlook for android", NULL,
	};
	static const char *const endings[] = {
		"から送信", "からの送信", "から送信されました",
		"から送信しました", "より送信", NULL,
	};
	static const char *const devices[] = {
		"めーる", "携帯", "けいたい", "すまほ", "すまーとふぉん",
		"たぶれっと", NULL,
	};
	gsize len = strlen(norm);

	if (prefix_in_list(norm, prefixes) > 0)
		return true;
	if (strstr(norm, "版 outlook") != NULL &&
	    g_utf8_strlen(norm, -1) <= SG_REPLY_PREAMBLE_CHARS)
		return true;
	for (guint i = 0; endings[i] != NULL; i++) {
		gsize n = strlen(endings[i]);
		g_autofree char *device = NULL;
		bool named = false;

		if (len <= n || strcmp(norm + len - n, endings[i]) != 0)
			continue;
		device = g_strndup(norm, len - n);
		if (g_utf8_strlen(device, -1) > 30 ||
		    strstr(device, "。") != NULL ||
		    strstr(device, "、") != NULL)
			continue;
		named = has_ascii_letter(device, len - n);
		for (guint k = 0; !named && devices[k] != NULL; k++)
			named = strstr(device, devices[k]) != NULL;
		if (named)
			return true;
	}
	return false;
}

typedef enum {
	SG_HEADER_NONE,
	SG_HEADER_FROM,
	SG_HEADER_OTHER,
} SgHeaderKind;

/* Lines of a quoted header block as Outlook, Outlook for Mac, Samsung and
 * Gmail's plain-text rendering of them ("*From:* …") write them. */
static SgHeaderKind
header_kind(const char *norm)
{
	static const char *const from[] = {"from", "差出人", "送信者", NULL};
	static const char *const other[] = {
		"sent", "date", "to", "cc", "bcc", "subject", "reply-to",
		"送信日時", "送信日", "日時", "日付", "宛先", "件名", "返信先",
		NULL,
	};
	const char *s = norm;
	const char *colon;
	g_autofree char *label = NULL;
	gsize n;

	while (*s == '*' || *s == ' ')
		s++;
	colon = strchr(s, ':');
	if (colon == NULL || colon - s > 32)
		return SG_HEADER_NONE;
	n = (gsize)(colon - s);
	while (n > 0 && (s[n - 1] == '*' || s[n - 1] == ' '))
		n--;
	label = g_strndup(s, n);
	if (in_list(label, from))
		return SG_HEADER_FROM;
	if (in_list(label, other))
		return SG_HEADER_OTHER;
	return SG_HEADER_NONE;
}

static bool
has_time(const char *s)
{
	for (; *s != '\0'; s++) {
		if (g_ascii_isdigit(s[0]) && s[1] == ':' &&
		    g_ascii_isdigit(s[2]) && g_ascii_isdigit(s[3]))
			return true;
	}
	return false;
}

static const char *
skip_digits(const char *s, guint min, guint max)
{
	guint n = 0;

	while (n < max && g_ascii_isdigit(s[n]))
		n++;
	return n >= min ? s + n : NULL;
}

static const char *
skip_date_mark(const char *s, const char *kanji)
{
	if (*s == '/' || *s == '-' || *s == '.')
		return s + 1;
	if (g_str_has_prefix(s, kanji))
		return s + strlen(kanji);
	return NULL;
}

/* "2026/11/24 10:00…", "2026年11月24日(火) 10:00…": a date, then a time
 * somewhere on the line. */
static bool
starts_with_date_time(const char *s)
{
	s = skip_digits(s, 4, 4);
	if (s != NULL)
		s = skip_date_mark(s, "年");
	if (s != NULL)
		s = skip_digits(s, 1, 2);
	if (s != NULL)
		s = skip_date_mark(s, "月");
	if (s != NULL)
		s = skip_digits(s, 1, 2);
	return s != NULL && has_time(s);
}

static bool
ends_with_wrote(const char *s)
{
	return g_str_has_suffix(s, "wrote:") || g_str_has_suffix(s, "writes:");
}

static bool
ends_with_attribution(const char *s)
{
	static const char *const endings[] = {
		"wrote:", "writes:", "書きました:", "書き込みました:",
		"のめっせーじ:", "のめーる:", NULL,
	};

	for (guint i = 0; endings[i] != NULL; i++) {
		if (g_str_has_suffix(s, endings[i]))
			return true;
	}
	return false;
}

/* An attribution line on its own, without the '>' lines it usually
 * introduces (HTML renders the quote without them): "On … wrote:", wrapped
 * or not; "2026年11月24日(火) 10:00 広報 <…>:"; "2026/11/24 10:00、… の
 * メッセージ:"; "2026/11/24 10:00 に … さんは書きました:". */
static bool
is_attribution(const char *cur, const char *next)
{
	bool at = strchr(cur, '@') != NULL || strchr(cur, '<') != NULL;

	if (g_str_has_prefix(cur, "on ")) {
		if (ends_with_wrote(cur))
			return true;
		if (next != NULL && ends_with_wrote(next) &&
		    strpbrk(cur, "0123456789") != NULL)
			return true;
	}
	if (starts_with_date_time(cur)) {
		if (g_str_has_suffix(cur, ":"))
			return true;
		if (next != NULL && g_str_has_suffix(next, ":") &&
		    !starts_with_date_time(next) &&
		    (at || strchr(next, '@') != NULL))
			return true;
	}
	return ends_with_attribution(cur) && (has_time(cur) || at);
}

/* The line just above a '>' block, when it introduces it: looser than
 * is_attribution() ("山田 太郎 wrote:", "広報 <koho@…>:"), but not an
 * officer's "以下の点が違います:". */
static bool
introduces_quote(const char *norm)
{
	return g_str_has_suffix(norm, ":") &&
	       (strchr(norm, '@') != NULL || ends_with_attribution(norm) ||
		has_time(norm));
}

/* The first line of an attribution wrapped over two lines. */
static bool
starts_attribution(const char *norm)
{
	return g_str_has_prefix(norm, "on ") || starts_with_date_time(norm);
}

/* Whether a From:/差出人: line starts a header block: a Sent:, Date:,
 * To: or Subject: line follows on one of the next two lines (a long sender
 * name may wrap the first one). */
static bool
header_block_follows(const SgLine *line)
{
	const char *p = line->p + line->len;

	for (guint i = 0; i < 2 && *p == '\n'; i++) {
		gsize len;
		g_autofree char *norm = NULL;

		p++;
		len = line_length(p);
		if (len > SG_REPLY_MARKER_MAX)
			return false;
		norm = normalize_line(p, len);
		if (header_kind(norm) == SG_HEADER_OTHER)
			return true;
		p += len;
	}
	return false;
}

static bool
is_marker(const SgLine *line, const SgLine *next)
{
	const char *n = line->norm;
	const char *nn = next != NULL ? next->norm : NULL;

	if (is_signature(line))
		return true;
	if (n == NULL || n[0] == '\0')
		return false;
	if (is_rule(n) || is_separator(n) || is_footer(n))
		return true;
	if (header_kind(n) == SG_HEADER_FROM && header_block_follows(line))
		return true;
	return is_attribution(n, nn);
}

/* Where the quote that begins at the '>' line @quote really starts: at the
 * attribution above it (@prev, the last non-blank line), or at the first
 * of its two lines when it is wrapped (@prev2, directly above @prev). */
static const char *
quote_start(const char *quote, const char *prev, const char *prev2,
	    bool prev2_adjacent)
{
	g_autofree char *p1 = NULL;
	g_autofree char *p2 = NULL;

	if (prev == NULL)
		return quote;
	p1 = normalize_line(prev, line_length(prev));
	if (!introduces_quote(p1))
		return quote;
	if (prev2 == NULL || !prev2_adjacent || starts_attribution(p1))
		return prev;
	p2 = normalize_line(prev2, line_length(prev2));
	return starts_attribution(p2) ? prev2 : prev;
}

/* Where the officer's own words end in @text (LF line ends). */
static gsize
own_text_end(const char *text)
{
	SgLine cur = {0};
	SgLine next = {0};
	const char *prev = NULL;	/* last non-blank line */
	const char *prev2 = NULL;	/* the one before, */
	bool prev2_adjacent = false;	/* directly above @prev */
	bool gap = false;		/* a blank line since @prev */
	gsize cut = strlen(text);

	if (*text == '\0')
		return 0;
	line_load(&cur, text);
	for (;;) {
		const char *after = cur.p + cur.len;
		bool more = *after == '\n' && after[1] != '\0';

		if (more)
			line_load(&next, after + 1);
		if (is_quote(&cur)) {
			cut = (gsize)(quote_start(cur.p, prev, prev2,
						  prev2_adjacent) -
				      text);
			break;
		}
		if (is_marker(&cur, more ? &next : NULL)) {
			cut = (gsize)(cur.p - text);
			break;
		}
		if (line_is_blank(&cur)) {
			gap = true;
		} else {
			prev2 = prev;
			prev2_adjacent = prev != NULL && !gap;
			prev = cur.p;
			gap = false;
		}
		g_clear_pointer(&cur.norm, g_free);
		if (!more)
			break;
		cur = next;
		next.norm = NULL;
	}
	g_free(cur.norm);
	g_free(next.norm);
	return cut;
}

/* Removes white space at the end and blank lines at the start; with
 * @indent, keeps the blanks that begin the first line (own text), without
 * it drops them too (a reason). */
static char *
trim_text(const char *text, gsize len, bool indent)
{
	const char *start = text;
	const char *end = text + len;
	const char *p = text;

	while (p < end) {
		gunichar c = g_utf8_get_char_validated(p, end - p);

		if (c == (gunichar)-1 || c == (gunichar)-2 ||
		    !g_unichar_isspace(c))
			break;
		p = g_utf8_next_char(p);
		if (c == '\n' || !indent)
			start = p;
	}
	if (p >= end)
		return g_strdup("");
	while (end > start) {
		const char *q = g_utf8_find_prev_char(start, end);
		gunichar c;

		if (q == NULL)
			q = start;
		c = g_utf8_get_char_validated(q, end - q);
		if (c == (gunichar)-1 || c == (gunichar)-2 ||
		    !g_unichar_isspace(c))
			break;
		end = q;
	}
	return g_strndup(start, (gsize)(end - start));
}

char *
sg_reply_own_text(const char *text)
{
	g_autoptr(GString) lf = NULL;
	g_autofree char *valid = NULL;

	g_return_val_if_fail(text != NULL, NULL);
	if (!g_utf8_validate(text, -1, NULL))
		text = valid = g_utf8_make_valid(text, -1);
	/* CRLF and lone CR to LF, as draft.c hands us every piece. */
	lf = g_string_new(NULL);
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == '\r') {
			g_string_append_c(lf, '\n');
			if (p[1] == '\n')
				p++;
		} else {
			g_string_append_c(lf, *p);
		}
	}
	return trim_text(lf->str, own_text_end(lf->str), true);
}

/* --- the command ---------------------------------------------------------- */

/* Skips what may stand between a reject word and its reason:
 * "却下：…", "『差戻し』…", "NG - …". */
static const char *
skip_reason_separators(const char *s, const char *end)
{
	static const gunichar seps[] = {
		0x3000, ':', 0xff1a, 0x3001, 0x3002, ',', 0xff0c, '.', 0xff0e,
		'!', 0xff01, ';', 0xff1b, 0x300d, 0x300f, 0x3011, 0xff09, ')',
		']', 0x3015, 0x3009, 0x300b, '-', 0x2010, 0x2015, 0x2014,
		0x2013, 0x201d, '"',
	};

	while (s < end) {
		gunichar c = g_utf8_get_char(s);
		bool sep = g_unichar_isspace(c);

		for (guint i = 0; !sep && i < G_N_ELEMENTS(seps); i++)
			sep = c == seps[i];
		if (!sep)
			break;
		s = g_utf8_next_char(s);
	}
	return s;
}

/* Drops the "理由:" / "Reason:" label that the reject button of the
 * approval request writes into the prefilled reply. */
static const char *
skip_reason_label(const char *s)
{
	const char *p = NULL;

	if (g_str_has_prefix(s, "理由"))
		p = s + strlen("理由");
	else if (g_ascii_strncasecmp(s, "reason", 6) == 0)
		p = s + 6;
	if (p == NULL)
		return s;
	while (*p == ' ' || *p == '\t' || g_str_has_prefix(p, "\u3000"))
		p += *p == ' ' || *p == '\t' ? 1 : strlen("\u3000");
	if (*p == ':')
		return p + 1;
	if (g_str_has_prefix(p, "\xef\xbc\x9a"))
		return p + 3;
	return s;
}

static bool
is_code_line(const char *p, gsize len)
{
	g_autofree char *norm = NULL;

	if (len > SG_REPLY_MARKER_MAX)
		return false;
	norm = normalize_line(p, len);
	return parse_code(norm, NULL, NULL);
}

/* The reason: the rest of the command line and every own line below it,
 * as written, without code lines. */
static char *
build_reason(const char *rest, const char *rest_end, const char *below)
{
	g_autoptr(GString) out = g_string_new(NULL);
	g_autofree char *trimmed = NULL;
	const char *p;

	rest = skip_reason_separators(rest, rest_end);
	g_string_append_len(out, rest, rest_end - rest);
	for (p = below; p != NULL && *p != '\0';) {
		gsize len = line_length(p);

		if (!is_code_line(p, len)) {
			g_string_append_c(out, '\n');
			g_string_append_len(out, p, (gssize)len);
		}
		p = p[len] == '\n' ? p + len + 1 : NULL;
	}
	trimmed = trim_text(out->str, out->len, false);
	p = skip_reason_label(trimmed);
	if (p == trimmed)
		return g_steal_pointer(&trimmed);
	return trim_text(p, strlen(p), false);
}

/* Whether the lines below an approve line take it back: one begins with a
 * reject word ("OK\nNGの箇所は…": two commands are no command), or the
 * first one below finishes it negatively ("承認\nできません"). */
static bool
later_contradiction(const char *p)
{
	bool first = true;

	while (p != NULL && *p != '\0') {
		gsize len = line_length(p);

		if (len <= SG_REPLY_MARKER_MAX) {
			g_autofree char *norm = normalize_line(p, len);
			const char *s = skip_bullets(norm);
			const SgWord *w = word_at(norm, s, s + strlen(s));

			if (w != NULL && w->command == SG_REPLY_REJECT)
				return true;
			if (first && norm[0] != '\0' &&
			    (prefix_in_list(norm, negative_continuations) > 0 ||
			     has_ascii_word(norm, norm + strcspn(norm, " "),
					    negation_words)))
				return true;
			if (norm[0] != '\0')
				first = false;
		}
		p = p[len] == '\n' ? p + len + 1 : NULL;
	}
	return false;
}

/* Decides from the command line at @p (@len bytes, @below the lines under
 * it).  Returns false when the line holds no command word at its start. */
static bool
command_line(SgReply *reply, const char *p, gsize len, const char *below,
	     bool *mention)
{
	SgNormText *nt = sg_norm_text_new(p, (gssize)len, SG_NORM_DEFAULT);
	gsize nlen = 0;
	const char *norm = sg_norm_text_get(nt, &nlen);
	const char *s = skip_bullets(norm);
	const SgWord *w = word_at(norm, s, norm + nlen);
	const char *after;
	gsize consumed = 0;
	gsize ostart = 0;
	gsize oend = 0;

	*mention = false;
	if (w == NULL) {
		*mention = mentions(norm, norm + nlen, SG_REPLY_UNCLEAR);
		sg_norm_text_free(nt);
		return false;
	}
	after = s + strlen(w->word);
	if (w->command == SG_REPLY_APPROVE) {
		if (decide_approve(w, after) == SG_REPLY_APPROVE &&
		    !later_contradiction(below))
			reply->command = SG_REPLY_APPROVE;
	} else if (decide_reject(after, &consumed) == SG_REPLY_REJECT) {
		reply->command = SG_REPLY_REJECT;
		sg_norm_text_map(nt, 0, (gsize)(after - norm) + consumed,
				 &ostart, &oend);
		reply->reason = build_reason(p + MIN(oend, len), p + len,
					     below);
	}
	sg_norm_text_free(nt);
	return true;
}

/* Finds the command in the officer's own text. */
static void
parse_command(SgReply *reply, const char *own)
{
	guint preamble = 0;
	const char *p = own;

	while (p != NULL && *p != '\0') {
		gsize len = line_length(p);
		const char *below = p[len] == '\n' ? p + len + 1 : NULL;
		g_autofree char *norm = NULL;
		bool mention = false;

		/* Blank lines and the code line count for nothing. */
		if (len <= SG_REPLY_MARKER_MAX) {
			norm = normalize_line(p, len);
			if (norm[0] == '\0' || parse_code(norm, NULL, NULL)) {
				p = below;
				continue;
			}
		}
		if (command_line(reply, p, len, below, &mention))
			return;
		if (mention || preamble >= SG_REPLY_PREAMBLE_LINES ||
		    norm == NULL ||
		    g_utf8_strlen(norm, -1) > SG_REPLY_PREAMBLE_CHARS)
			return;
		preamble++;
		p = below;
	}
}

/* --- the message ---------------------------------------------------------- */

static bool
has_text(const char *s)
{
	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		if (!g_unichar_isspace(g_utf8_get_char(s)))
			return true;
	}
	return false;
}

/* The body the officer wrote in: the first text/plain body with text, else
 * the first HTML one (Outlook's HTML-only replies). */
static const SgTextPiece *
reply_body(const SgDraft *draft)
{
	GPtrArray *pieces = sg_draft_get_pieces(draft);
	static const char *const types[] = {"text/plain", "text/html"};

	for (guint t = 0; t < G_N_ELEMENTS(types); t++) {
		for (guint i = 0; i < pieces->len; i++) {
			const SgTextPiece *piece = pieces->pdata[i];

			if (piece->kind == SG_PIECE_BODY &&
			    g_strcmp0(piece->mime_type, types[t]) == 0 &&
			    has_text(piece->text))
				return piece;
		}
	}
	return NULL;
}

/* The ticket code, from any body, quoted part included (the reply quotes
 * the request).  Two different codes are no code: the envelope address is
 * the first source anyway, and guessing between tickets is not ours to do.
 * Attachments are not read: a forwarded message/rfc822 is not this reply. */
static void
find_code(const SgDraft *draft, char **id, char **token)
{
	GPtrArray *pieces = sg_draft_get_pieces(draft);
	g_autofree char *found_id = NULL;
	g_autofree char *found_token = NULL;

	for (guint i = 0; i < pieces->len; i++) {
		const SgTextPiece *piece = pieces->pdata[i];
		const char *p = piece->text;

		if (piece->kind != SG_PIECE_BODY)
			continue;
		while (p != NULL && *p != '\0') {
			gsize len = line_length(p);
			g_autofree char *norm = NULL;
			g_autofree char *lid = NULL;
			g_autofree char *ltoken = NULL;

			/* Cheap test first: a code line has a colon. */
			if (len <= SG_REPLY_MARKER_MAX &&
			    (memchr(p, ':', len) != NULL ||
			     g_strstr_len(p, (gssize)len, "\xef\xbc\x9a") !=
				     NULL)) {
				norm = normalize_line(p, len);
				if (parse_code(norm, &lid, &ltoken)) {
					if (found_id == NULL) {
						found_id = g_steal_pointer(
							&lid);
						found_token = g_steal_pointer(
							&ltoken);
					} else if (strcmp(found_id, lid) != 0 ||
						   strcmp(found_token,
							  ltoken) != 0) {
						return;
					}
				}
			}
			p = p[len] == '\n' ? p + len + 1 : NULL;
		}
	}
	*id = g_steal_pointer(&found_id);
	*token = g_steal_pointer(&found_token);
}

SgReply *
sg_reply_parse(const SgDraft *draft)
{
	g_autoptr(SgReply) reply = NULL;
	const SgTextPiece *body;

	g_return_val_if_fail(draft != NULL, NULL);
	reply = g_new0(SgReply, 1);
	reply->command = SG_REPLY_UNCLEAR;
	body = reply_body(draft);
	reply->own_text = body != NULL ? sg_reply_own_text(body->text)
				       : g_strdup("");
	parse_command(reply, reply->own_text);
	find_code(draft, &reply->ticket, &reply->token);
	return g_steal_pointer(&reply);
}

void
sg_reply_free(SgReply *reply)
{
	if (reply == NULL)
		return;
	g_clear_pointer(&reply->reason, g_free);
	g_clear_pointer(&reply->ticket, g_free);
	g_clear_pointer(&reply->token, g_free);
	g_clear_pointer(&reply->own_text, g_free);
	g_free(reply);
}
