/* The "accuracy" check (guideline 5(3)): dates, weekdays, era years, clock
 * times and unfilled template placeholders.  One kind; a rule picks what it
 * reports with "detect =":
 *
 *   weekday      a weekday that does not match its date: 11月24日（火）,
 *                11/24(火曜日), 2026年11月24日(火), 令和8年11月24日(火),
 *                R8.11.24(火), and lists or ranges (28日(土)・29日(日),
 *                28日(土)~30日(月), 28日・29日(土・日)), each date with its
 *                own weekday;
 *   holiday      a date marked (祝) or (月・祝) that is not a national
 *                holiday in the shipped table (conf/lexicon/holidays-ja.txt);
 *   date         impossible dates: 2月30日, 4月31日, 13月;
 *   era          an era year that disagrees with the Gregorian year written
 *                beside it (令和9年（2026年）), a date outside its era
 *                (令和元年4月1日), 令和0年;
 *   time         impossible clock times: 25時, 10時75分, 午後13時;
 *   placeholder  template text left unfilled: 〇〇, ○月○日, XX, 【日付】,
 *                （仮）, ダミー, テスト投稿, TBD, ＿＿＿ (patterns and word
 *                lists from conf/lexicon/accuracy-*).
 *
 * Dates are read from the normalized, unsqueezed view (ASCII digits, （ is
 * '(', ～ is '~').  A date without a year takes the year of its occurrence
 * nearest the draft's Date header (a draft may report an event that just
 * happened, and a December draft about 1月5日 means next January), or
 * nearest the last date written with a year earlier in the same text; a
 * year written with the date, or inherited from the previous date of the
 * same list or range, overrides that.  Far from that reference a weekday
 * that fits the adjacent year is taken to mean it (ambiguous_days).
 * Without a Date header the current date stands in.  Placeholders in
 * quoted examples (「○○人は出て行け」など) are not gaps.  Messages are the
 * rule's templates with {date}, {written}, {actual}, {reason} … filled
 * in.  This file does not judge whether a date
 * is sensible for the event (a past date is fine), does not read kanji
 * numerals (十一月) and does not check years outside the holiday table for
 * holidays.  Compiled data is immutable; checks run in parallel.
 */
#include "config.h"

#include "../rules-private.h"

#include <stdlib.h>
#include <string.h>

static const char *const accuracy_keys[] = {
	"detect",	"holidays",	"ambiguous_days", "patterns",
	"bracket_words", "brackets",	"particles",	  "not_after_hour",
	"example_words", "quote_words", NULL,
};

typedef enum {
	SG_ACC_WEEKDAY,
	SG_ACC_HOLIDAY,
	SG_ACC_DATE,
	SG_ACC_ERA,
	SG_ACC_TIME,
	SG_ACC_PLACEHOLDER,
} SgAccDetect;

static const char *const detect_names[] = {
	"weekday", "holiday", "date", "era", "time", "placeholder",
};

typedef struct {
	SgAccDetect detect;
	GHashTable *holidays;	/* julian day → name */
	GDateYear holiday_first;
	GDateYear holiday_last;
	guint ambiguous_days;
	GPtrArray *patterns;	/* SgPattern * */
	char **bracket_words;	/* normalized */
	char **brackets;	/* normalized pairs, e.g. "【】" */
	char **particles;	/* normalized */
	char **not_after_hour;	/* normalized */
	char **example_words;	/* normalized */
	char **quote_words;	/* normalized */
} SgAccData;

static void
acc_data_free(gpointer p)
{
	SgAccData *data = p;

	g_clear_pointer(&data->holidays, g_hash_table_unref);
	g_clear_pointer(&data->patterns, g_ptr_array_unref);
	g_strfreev(data->bracket_words);
	g_strfreev(data->brackets);
	g_strfreev(data->particles);
	g_strfreev(data->not_after_hour);
	g_strfreev(data->example_words);
	g_strfreev(data->quote_words);
	g_free(data);
}

/* --- eras and names --------------------------------------------------- */

/* Japanese eras: the first and last day of each (元号法; 令和 from
 * 2019-05-01 by 政令第143号 of 2019).  Year N of an era is @base + N. */
static const struct {
	const char *name;
	char letter;		/* R8.11.24; 0 where none is in use */
	int base;
	int sy, sm, sd;
	int ey, em, ed;		/* ey 0: not over */
	const char *en;
} eras[] = {
	{"令和", 'r', 2018, 2019, 5, 1, 0, 0, 0, "Reiwa"},
	{"平成", 'h', 1988, 1989, 1, 8, 2019, 4, 30, "Heisei"},
	{"昭和", 's', 1925, 1926, 12, 25, 1989, 1, 7, "Showa"},
	{"大正", 0, 1911, 1912, 7, 30, 1926, 12, 25, "Taisho"},
	{"明治", 0, 1867, 1868, 1, 25, 1912, 7, 30, "Meiji"},
};

static const char *const weekday_ja[] = {
	"",	   "月曜日", "火曜日", "水曜日",
	"木曜日", "金曜日", "土曜日", "日曜日",
};
static const char *const weekday_en[] = {
	"",	      "Monday", "Tuesday",  "Wednesday",
	"Thursday", "Friday", "Saturday", "Sunday",
};
static const char *const month_en[] = {
	"",	   "January", "February", "March",     "April",
	"May",	   "June",    "July",	  "August",    "September",
	"October", "November", "December",
};

/* --- text helpers ----------------------------------------------------- */

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static gsize
skip_sp(const char *t, gsize len, gsize p)
{
	while (p < len && t[p] == ' ')
		p++;
	return p;
}

/* Returns: the offset after @s at @p, or 0 when @s is not there. */
static gsize
lit(const char *t, gsize len, gsize p, const char *s)
{
	gsize n = strlen(s);

	return p + n <= len && memcmp(t + p, s, n) == 0 ? p + n : 0;
}

/* Reads 1..@maxd digits at @p that no further digit follows.
 * Returns: the offset after them, or 0. */
static gsize
num(const char *t, gsize len, gsize p, guint maxd, int *v)
{
	gsize q = p;
	int n = 0;

	while (q < len && is_digit(t[q])) {
		if (q - p == maxd)
			return 0;
		n = n * 10 + (t[q] - '0');
		q++;
	}
	if (q == p)
		return 0;
	*v = n;
	return q;
}

static gunichar
char_before(const char *t, gsize pos)
{
	if (pos == 0)
		return 0;
	const char *p = g_utf8_find_prev_char(t, t + pos);
	return p ? g_utf8_get_char(p) : 0;
}

static bool
starts_with_any(const char *t, gsize len, gsize p, char *const *words)
{
	for (guint i = 0; words && words[i]; i++)
		if (lit(t, len, p, words[i]))
			return true;
	return false;
}

/* --- dates ------------------------------------------------------------ */

#define SG_ACC_MAX_WD 7

/* One date as written.  Offsets are in the normalized view. */
typedef struct {
	gsize start;
	gsize end;		/* end of the date, before its weekday */
	gsize wd_start;		/* the weekday group; wd_end 0 when none */
	gsize wd_end;
	int greg;		/* Gregorian year written, 0 when none */
	int era;		/* index into eras, -1 when none */
	int era_year;		/* as written, 1 for 元年; -1 when none */
	int month;		/* 0 when not written */
	int day;
	bool has_day;		/* false for 13月, 令和8年 */
	bool slash;		/* 11/24, 2026/11/24, R8.11.24 */
	bool fiscal;		/* 年度 */
	guint n_wd;
	GDateWeekday wd[SG_ACC_MAX_WD];
	bool holiday;		/* 祝 in the weekday group */
	int prev;		/* the previous date of its list, -1 */
	bool range;		/* joined to @prev by ~ or から */
	/* Resolved. */
	int year;		/* 0 when unknown */
	bool inferred;		/* not written with the date */
	bool from_text;		/* from an earlier date of the text */
	int other_year;		/* the other candidate when ambiguous */
} SgDate;

static int
era_at(const char *t, gsize len, gsize p)
{
	for (guint i = 0; i < G_N_ELEMENTS(eras); i++)
		if (lit(t, len, p, eras[i].name))
			return (int)i;
	return -1;
}

/* "令和8年", "令和元年", "2026年", with 度; Returns: the end or 0. */
static gsize
year_word(const char *t, gsize len, gsize p, int *era, int *era_year,
	  int *greg, bool *fiscal)
{
	int e = era_at(t, len, p);
	int v = 0;
	gsize q;

	if (e >= 0) {
		q = skip_sp(t, len, p + strlen(eras[e].name));
		gsize r = lit(t, len, q, "元");
		if (r)
			v = 1;
		else
			r = num(t, len, q, 2, &v);
		if (!r)
			return 0;
		q = lit(t, len, skip_sp(t, len, r), "年");
		if (!q)
			return 0;
		*era = e;
		*era_year = v;
	} else {
		gunichar b = char_before(t, p);
		if (b < 0x80 && g_ascii_isalnum((char)b))
			return 0;
		q = num(t, len, p, 4, &v);
		if (!q || q - p != 4)
			return 0;
		q = lit(t, len, skip_sp(t, len, q), "年");
		if (!q)
			return 0;
		*greg = v;
	}
	gsize d = lit(t, len, q, "度");
	if (d) {
		*fiscal = true;
		q = d;
	}
	return q;
}

/* A year, optionally followed by the other calendar's year in brackets:
 * "令和8年（2026年）", "2026年(令和8年)". */
static gsize
parse_year(const char *t, gsize len, gsize p, SgDate *d)
{
	gsize q = year_word(t, len, p, &d->era, &d->era_year, &d->greg,
			    &d->fiscal);

	if (!q)
		return 0;
	gsize r = skip_sp(t, len, q);
	if (r < len && (t[r] == '(' || t[r] == '[')) {
		int era = -1, era_year = -1, greg = 0;
		bool fiscal = false;
		gsize s = year_word(t, len, skip_sp(t, len, r + 1), &era,
				    &era_year, &greg, &fiscal);
		if (s) {
			s = skip_sp(t, len, s);
			if (s < len && (t[s] == ')' || t[s] == ']')) {
				if (d->era < 0 && era >= 0) {
					d->era = era;
					d->era_year = era_year;
				}
				if (d->greg == 0 && greg > 0)
					d->greg = greg;
				q = s + 1;
			}
		}
	}
	return q;
}

/* "M月D日" (or "M月" alone: @day stays 0).  Returns: the end or 0. */
static gsize
parse_month_day(const char *t, gsize len, gsize p, SgDate *d)
{
	int m = 0, dd = 0;
	gsize q = num(t, len, p, 2, &m);

	if (!q)
		return 0;
	q = lit(t, len, skip_sp(t, len, q), "月");
	if (!q)
		return 0;
	d->month = m;
	gsize r = num(t, len, skip_sp(t, len, q), 2, &dd);
	if (r) {
		r = lit(t, len, skip_sp(t, len, r), "日");
		if (r) {
			d->day = dd;
			d->has_day = true;
			return r;
		}
	}
	return q;
}

/* "Y/M/D", "Y.M.D", "Y-M-D" after a year or era letter already read; the
 * two separators are alike.  Returns: the end or 0. */
static gsize
parse_numeric_md(const char *t, gsize len, gsize q, SgDate *d)
{
	int m = 0, dd = 0;
	char sep;

	if (q >= len || !strchr("/.-", t[q]))
		return 0;
	sep = t[q];
	q = num(t, len, q + 1, 2, &m);
	if (!q || q >= len || t[q] != sep)
		return 0;
	gsize r = num(t, len, q + 1, 2, &dd);
	if (!r || (r < len && (t[r] == sep || t[r] == '.') && r + 1 < len &&
		   is_digit(t[r + 1])))
		return 0;
	d->month = m;
	d->day = dd;
	d->has_day = true;
	d->slash = true;
	return r;
}

/* Reads a date at @p: with a year, an era year, or month and day alone.
 * Returns: the end (before any weekday) or 0. */
static gsize
parse_date(const char *t, gsize len, gsize p, SgDate *d)
{
	gsize q;
	gunichar before = char_before(t, p);

	memset(d, 0, sizeof(*d));
	d->era = -1;
	d->era_year = -1;
	d->prev = -1;
	d->start = p;
	if (before < 0x80 && before != 0 &&
	    (g_ascii_isalnum((char)before) || strchr("/.,", (int)before)))
		return 0;

	q = parse_year(t, len, p, d);
	if (q) {
		gsize r = parse_month_day(t, len, skip_sp(t, len, q), d);
		return r ? r : q;	/* a year alone: 令和9年(2026年) */
	}
	/* 2026/11/24, 2026-11-24, 2026.11.24 */
	int v = 0;
	q = num(t, len, p, 4, &v);
	if (q && q - p == 4) {
		d->greg = v;
		return parse_numeric_md(t, len, q, d);
	}
	/* R8.11.24, H31/4/30 (lower case after normalization) */
	for (guint i = 0; i < G_N_ELEMENTS(eras); i++) {
		if (eras[i].letter == 0 || t[p] != eras[i].letter)
			continue;
		q = num(t, len, p + 1, 2, &v);
		if (!q)
			return 0;
		d->era = (int)i;
		d->era_year = v;
		return parse_numeric_md(t, len, q, d);
	}
	/* 11月24日, 13月; 11/24 */
	q = parse_month_day(t, len, p, d);
	if (q)
		return q;
	int m = 0, dd = 0;
	q = num(t, len, p, 2, &m);
	if (!q || q >= len || t[q] != '/')
		return 0;
	gsize r = num(t, len, q + 1, 2, &dd);
	if (!r || (r < len && (t[r] == '/' || t[r] == '.')))
		return 0;
	d->month = m;
	d->day = dd;
	d->has_day = true;
	d->slash = true;
	return r;
}

static const struct {
	const char *open;
	const char *close;
} wd_brackets[] = {
	{"(", ")"},	    {"[", "]"},	      {"\xe3\x80\x94", "\xe3\x80\x95"},
	{"【", "】"}, {"<", ">"},	      {"〈", "〉"},
	{"《", "》"},
};

static const char *const wd_chars[] = {
	NULL, "月", "火", "水", "木", "金", "土", "日",
};

static const char *const wd_english[] = {
	NULL,	    "monday", "tuesday",  "wednesday",
	"thursday", "friday", "saturday", "sunday",
};

/* One weekday token: 火, 火曜, 火曜日, tue, tues., or a holiday mark.
 * Returns: the end or 0; *@wd is 0 for a holiday mark. */
static gsize
weekday_token(const char *t, gsize len, gsize p, bool bare, int *wd)
{
	static const char *const holiday_marks[] = {
		"振替休日", "祝日", "祭日", "振休", "休日", "祝", "祭", NULL,
	};

	for (int i = 1; i <= 7; i++) {
		gsize q = lit(t, len, p, wd_chars[i]);
		if (!q)
			continue;
		gsize r = lit(t, len, q, "曜");
		if (r) {
			gsize s = lit(t, len, r, "日");
			q = s ? s : r;
		} else if (bare) {
			return 0;
		}
		*wd = i;
		return q;
	}
	if (bare)
		return 0;
	for (guint i = 0; holiday_marks[i]; i++) {
		gsize q = lit(t, len, p, holiday_marks[i]);
		if (q) {
			*wd = 0;
			return q;
		}
	}
	/* Mon, Tue., Thurs, Saturday: three letters or more of the name. */
	gsize q = p;
	while (q < len && g_ascii_isalpha(t[q]))
		q++;
	for (int i = 1; q - p >= 3 && i <= 7; i++) {
		if (q - p > strlen(wd_english[i]) ||
		    strncmp(t + p, wd_english[i], q - p) != 0)
			continue;
		*wd = i;
		return q < len && t[q] == '.' ? q + 1 : q;
	}
	return 0;
}

/* The weekday group after a date: "（火）", "(月・祝)", "(土日)", "火曜日".
 * Returns: true with d->wd… set. */
static bool
parse_weekdays(const char *t, gsize len, gsize p, SgDate *d)
{
	gsize q = skip_sp(t, len, p);
	int wd = 0;

	for (guint b = 0; b < G_N_ELEMENTS(wd_brackets); b++) {
		gsize r = lit(t, len, q, wd_brackets[b].open);
		if (!r)
			continue;
		guint n = 0;
		bool holiday = false;
		GDateWeekday list[SG_ACC_MAX_WD];
		for (;;) {
			r = skip_sp(t, len, r);
			gsize s = weekday_token(t, len, r, false, &wd);
			if (!s)
				return false;
			if (wd == 0)
				holiday = true;
			else if (n < SG_ACC_MAX_WD)
				list[n++] = (GDateWeekday)wd;
			r = skip_sp(t, len, s);
			gsize c = lit(t, len, r, wd_brackets[b].close);
			if (c) {
				d->wd_start = q;
				d->wd_end = c;
				d->n_wd = n;
				memcpy(d->wd, list, sizeof(list[0]) * n);
				d->holiday = holiday;
				return true;
			}
			gsize sep = lit(t, len, r, "・");
			if (!sep && r < len && strchr(",/", t[r]))
				sep = r + 1;
			if (!sep)
				sep = lit(t, len, r, "、");
			if (sep)
				r = sep;
		}
	}
	gsize s = weekday_token(t, len, q, true, &wd);
	if (!s)
		return false;
	d->wd_start = q;
	d->wd_end = s;
	d->n_wd = 1;
	d->wd[0] = (GDateWeekday)wd;
	return true;
}

/* The separator of a list or range of dates.  Returns: its end or 0. */
static gsize
list_separator(const char *t, gsize len, gsize p, bool *range)
{
	static const struct {
		const char *s;
		bool range;
	} seps[] = {
		{"~", true},	  {"から", true}, {"-", true},
		{"・", false},	  {"、", false},  {",", false},
		{"と", false},	  {"および", false}, {"及び", false},
		{"や", false},
	};

	p = skip_sp(t, len, p);
	for (guint i = 0; i < G_N_ELEMENTS(seps); i++) {
		gsize q = lit(t, len, p, seps[i].s);
		if (q) {
			*range = seps[i].range;
			return skip_sp(t, len, q);
		}
	}
	return 0;
}

static gsize
date_end(const SgDate *d)
{
	return d->wd_end ? d->wd_end : d->end;
}

/* A day alone after a list separator: "29日(日)", "29(日)" after 11/28.
 * Returns: the end or 0. */
static gsize
parse_day_only(const char *t, gsize len, gsize p, const SgDate *prev,
	       bool range, SgDate *d)
{
	int dd = 0;
	gsize q = num(t, len, p, 2, &dd);

	if (!q)
		return 0;
	memset(d, 0, sizeof(*d));
	d->start = p;
	d->era = -1;
	d->era_year = -1;
	if (!prev->slash) {
		q = lit(t, len, skip_sp(t, len, q), "日");
		if (!q)
			return 0;
	}
	d->end = q;
	if (!parse_weekdays(t, len, q, d) && prev->slash)
		return 0;
	d->slash = prev->slash;
	d->month = prev->month;
	d->day = dd;
	d->has_day = true;
	/* 28日(土)~3日(木): the range runs into the next month. */
	if (range && dd < prev->day)
		d->month = prev->month % 12 + 1;
	return q;
}

/* Gives each date of a list its weekday when they are written together at
 * the end: "28日・29日（土・日）".  A group that cannot be shared out is
 * not checked. */
static void
share_weekdays(GArray *dates, guint from)
{
	for (guint i = from; i < dates->len; i++) {
		SgDate *d = &g_array_index(dates, SgDate, i);
		if (d->n_wd < 2)
			continue;
		guint k = d->n_wd;
		bool ok = i >= from + k - 1;
		for (guint j = 1; ok && j < k; j++) {
			const SgDate *e = &g_array_index(dates, SgDate, i - j);
			ok = e->n_wd == 0 && !e->holiday;
		}
		if (!ok || d->holiday) {
			d->n_wd = 0;
			d->holiday = false;
			continue;
		}
		for (guint j = 1; j < k; j++) {
			SgDate *e = &g_array_index(dates, SgDate, i - j);
			e->n_wd = 1;
			e->wd[0] = d->wd[k - 1 - j];
			e->wd_start = d->wd_start;
			e->wd_end = d->wd_end;
		}
		d->wd[0] = d->wd[k - 1];
		d->n_wd = 1;
	}
}

static bool
date_start_char(const char *t, gsize len, gsize p)
{
	if (is_digit(t[p]))
		return p == 0 || !is_digit(t[p - 1]);
	if (era_at(t, len, p) >= 0)
		return true;
	return (t[p] == 'r' || t[p] == 'h' || t[p] == 's') && p + 1 < len &&
	       is_digit(t[p + 1]);
}

/* Every date of the text, lists and ranges linked through @prev. */
static GArray *
scan_dates(const char *t, gsize len)
{
	GArray *dates = g_array_new(FALSE, TRUE, sizeof(SgDate));
	gsize p = 0;

	while (p < len) {
		SgDate d;
		gsize end = date_start_char(t, len, p)
				    ? parse_date(t, len, p, &d)
				    : 0;
		if (!end) {
			p = (gsize)(g_utf8_next_char(t + p) - t);
			continue;
		}
		d.end = end;
		bool has_wd = d.has_day && parse_weekdays(t, len, end, &d);
		if (d.slash && d.greg == 0 && d.era < 0 && !has_wd) {
			/* 1/3 alone is a fraction as often as a date. */
			p = end;
			continue;
		}
		guint first = dates->len;
		g_array_append_val(dates, d);
		p = date_end(&d);
		while (d.has_day) {
			bool range = false;
			gsize q = list_separator(t, len, p, &range);
			SgDate next;
			gsize e;
			if (!q)
				break;
			const SgDate *prev =
				&g_array_index(dates, SgDate, dates->len - 1);
			if (date_start_char(t, len, q) &&
			    (e = parse_date(t, len, q, &next)) != 0 &&
			    next.has_day) {
				next.end = e;
				if (!parse_weekdays(t, len, e, &next) &&
				    next.slash && next.greg == 0 &&
				    next.era < 0)
					break;
			} else if ((e = parse_day_only(t, len, q, prev, range,
						       &next)) == 0) {
				break;
			}
			next.prev = (int)dates->len - 1;
			next.range = range;
			g_array_append_val(dates, next);
			d = next;
			p = date_end(&next);
		}
		share_weekdays(dates, first);
	}
	return dates;
}

static int
era_to_greg(int era, int era_year)
{
	return eras[era].base + era_year;
}

static guint32
julian(int y, int m, int d)
{
	if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return 0;
	GDate date;
	g_date_clear(&date, 1);
	g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return g_date_get_julian(&date);
}

static GDateWeekday
weekday_of(int y, int m, int d)
{
	GDate date;

	g_date_clear(&date, 1);
	g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return g_date_get_weekday(&date);
}

/* The years of every date: written; inherited from the previous date of
 * its list; or the occurrence nearest the last date written with a year
 * in the text (令和8年1月10日 … 1月20日), else nearest the Date header @ref
 * (in year @ry).  More than @ambiguous days from that reference it says
 * little: the occurrence in the adjacent year is kept as @other_year, and
 * taken instead when only its weekday fits. */
static void
resolve_years(GArray *dates, int ry, guint32 ref, guint ambiguous)
{
	int ctx_year = 0;
	guint32 ctx = 0;

	for (guint i = 0; i < dates->len; i++) {
		SgDate *d = &g_array_index(dates, SgDate, i);
		if (d->greg > 0)
			d->year = d->greg;
		else if (d->era >= 0 && d->era_year > 0)
			d->year = era_to_greg(d->era, d->era_year);
		if (d->year > 0 && d->has_day && d->year >= ry - 1 &&
		    d->year <= ry + 1 && julian(d->year, d->month, d->day)) {
			/* A year written near the Date header's sets the
			 * context; 昭和20年8月15日 does not. */
			ctx_year = d->year;
			ctx = julian(d->year, d->month, d->day);
		}
		if (d->year > 0 || !d->has_day)
			continue;
		if (d->prev >= 0) {
			const SgDate *p =
				&g_array_index(dates, SgDate, d->prev);
			if (p->year > 0) {
				d->year = p->year;
				if (d->month < p->month ||
				    (d->month == p->month && d->day < p->day))
					d->year++;
				d->inferred = p->inferred;
				d->from_text = p->from_text;
				continue;
			}
		}
		int base = ctx ? ctx_year : ry;
		guint32 at = ctx ? ctx : ref;
		guint32 best = 0, second = 0;
		int best_y = 0, second_y = 0;
		for (int y = base - 1; y <= base + 1; y++) {
			guint32 j = julian(y, d->month, d->day);
			if (j == 0)
				continue;
			guint32 dist = j > at ? j - at : at - j;
			if (best_y == 0 || dist < best) {
				second = best;
				second_y = best_y;
				best = dist;
				best_y = y;
			} else if (second_y == 0 || dist < second) {
				second = dist;
				second_y = y;
			}
		}
		d->year = best_y;
		d->inferred = true;
		d->from_text = ctx != 0;
		if (best_y == 0 || second_y == 0 || best <= ambiguous)
			continue;
		d->other_year = second_y;
		if (d->n_wd == 1 &&
		    weekday_of(best_y, d->month, d->day) != d->wd[0] &&
		    weekday_of(second_y, d->month, d->day) == d->wd[0]) {
			d->year = second_y;
			d->other_year = best_y;
		}
	}
}

/* --- checking dates --------------------------------------------------- */

typedef struct {
	SgCheckRun *run;
	const SgRule *rule;
	const SgAccData *data;
	guint index;
	const SgNormText *norm;
	const char *text;
	gsize len;
	int ref_year;
	guint32 ref;
	GArray *reported;	/* placeholder spans reported (start, end) */
} SgAccScan;

/* The original text of a normalized span. */
static char *
original(SgAccScan *scan, gsize start, gsize end)
{
	const SgTextPiece *piece = sg_check_run_get_piece(scan->run,
							  scan->index);
	gsize os = 0, oe = 0;

	sg_norm_text_map(scan->norm, start, end, &os, &oe);
	return g_strndup(piece->text + os, oe - os);
}

static SgFinding *
add(SgAccScan *scan, gsize start, gsize end, const char *const *kv,
    const char *detail)
{
	g_autofree char *matched =
		g_strndup(scan->text + start, end - start);
	SgFinding *f = sg_check_run_add_norm(scan->run, scan->rule,
					     scan->index, scan->norm, start,
					     end, matched);
	GPtrArray *all = g_ptr_array_new();

	g_ptr_array_add(all, (gpointer) "excerpt");
	g_ptr_array_add(all, f->excerpt);
	for (guint i = 0; kv && kv[i]; i++)
		g_ptr_array_add(all, (gpointer)kv[i]);
	g_ptr_array_add(all, NULL);
	sg_finding_set_messages(f, scan->rule, (const char *const *)all->pdata);
	g_ptr_array_free(all, TRUE);
	f->detail = g_strdup(detail);
	return f;
}

static char *
date_ja(int y, int m, int d)
{
	return y > 0 ? g_strdup_printf("%d年%d月%d日", y, m, d)
		     : g_strdup_printf("%d月%d日", m, d);
}

static char *
date_en(int y, int m, int d)
{
	const char *mon = m >= 1 && m <= 12 ? month_en[m] : "?";

	return y > 0 ? g_strdup_printf("%d %s %d", d, mon, y)
		     : g_strdup_printf("%d %s", d, mon);
}

static int
days_in(int y, int m)
{
	return g_date_get_days_in_month((GDateMonth)m,
					(GDateYear)(y > 0 ? y : 2000));
}

/* Whether the date is impossible; sets the reason.  A yearless 2月29日
 * with no leap year near the Date header has year 0. */
static bool
date_impossible(const SgDate *d, int ref_year, char **ja, char **en)
{
	int y = d->year;

	if (d->month < 1 || d->month > 12) {
		*ja = g_strdup("月は1月から12月までです");
		*en = g_strdup("months run from 1 to 12");
		return true;
	}
	if (!d->has_day)
		return false;
	if (d->day < 1) {
		*ja = g_strdup("日付は1日からです");
		*en = g_strdup("days start at 1");
		return true;
	}
	if (y > 0 && d->day >= 1 && d->day <= days_in(y, d->month))
		return false;
	if (d->month == 2 && d->day == 29) {
		*ja = g_strdup_printf("%d年は閏年ではないため、"
				      "2月は28日までです",
				      y > 0 ? y : ref_year);
		*en = g_strdup_printf("%d is not a leap year: February has "
				      "28 days",
				      y > 0 ? y : ref_year);
	} else if (d->month == 2 && y == 0) {
		*ja = g_strdup("2月は28日（閏年は29日）までです");
		*en = g_strdup("February has 28 days (29 in a leap year)");
	} else {
		*ja = g_strdup_printf("%d月は%d日までです", d->month,
				      days_in(y, d->month));
		*en = g_strdup_printf("%s has %d days", month_en[d->month],
				      days_in(y, d->month));
	}
	return true;
}

static void
check_impossible(SgAccScan *scan, const SgDate *d)
{
	g_autofree char *ja = NULL;
	g_autofree char *en = NULL;

	if ((!d->has_day && d->month == 0) ||
	    !date_impossible(d, scan->ref_year, &ja, &en))
		return;
	g_autofree char *written = original(scan, d->start, d->end);
	const char *kv[] = {"written", written, "reason", ja, "reason_en", en,
			    NULL};
	add(scan, d->start, d->end, kv, en);
}

static const char *
inferred_note(const SgDate *d)
{
	if (!d->inferred)
		return "";
	return d->from_text ? " (year taken from an earlier date in the text)"
			    : " (year taken from the Date header)";
}

static bool
date_valid(const SgDate *d)
{
	return d->year > 0 && d->month >= 1 && d->month <= 12 && d->day >= 1 &&
	       g_date_valid_dmy((GDateDay)d->day, (GDateMonth)d->month,
				(GDateYear)d->year);
}

static void
check_weekday(SgAccScan *scan, const SgDate *d)
{
	if (d->n_wd != 1 || !date_valid(d))
		return;
	GDateWeekday actual = weekday_of(d->year, d->month, d->day);
	if (actual == d->wd[0])
		return;
	g_autofree char *written = original(scan, d->wd_start, d->wd_end);
	g_autofree char *ja = date_ja(d->year, d->month, d->day);
	g_autofree char *en = date_en(d->year, d->month, d->day);
	g_autofree char *detail = g_strdup_printf(
		"%04d-%02d-%02d is a %s%s", d->year, d->month, d->day,
		weekday_en[actual],
		inferred_note(d));
	const char *kv[] = {
		"written",    written,
		"date",	      ja,
		"date_en",    en,
		"actual",     weekday_ja[actual],
		"actual_en",  weekday_en[actual],
		"written_en", weekday_en[d->wd[0]],
		NULL,
	};
	/* A weekday shared out from a list is reported at its own date. */
	gsize end = d->wd_end > d->end && d->wd_start >= d->end ? d->wd_end
								 : d->end;
	add(scan, d->start, end, kv, detail);
}

static void
check_holiday(SgAccScan *scan, const SgDate *d)
{
	const SgAccData *data = scan->data;

	if (!d->holiday || !date_valid(d) || data->holidays == NULL ||
	    d->year < (int)data->holiday_first ||
	    d->year > (int)data->holiday_last)
		return;
	guint32 j = julian(d->year, d->month, d->day);
	if (g_hash_table_contains(data->holidays, GUINT_TO_POINTER(j)))
		return;
	/* Far from the Date header, the adjacent year may be meant. */
	if (d->other_year > 0 &&
	    (d->n_wd != 1 ||
	     weekday_of(d->other_year, d->month, d->day) == d->wd[0]) &&
	    g_hash_table_contains(
		    data->holidays,
		    GUINT_TO_POINTER(julian(d->other_year, d->month, d->day))))
		return;
	g_autofree char *written = original(scan, d->wd_start, d->wd_end);
	g_autofree char *ja = date_ja(d->year, d->month, d->day);
	g_autofree char *en = date_en(d->year, d->month, d->day);
	g_autofree char *detail = g_strdup_printf(
		"%04d-%02d-%02d is not a national holiday%s", d->year,
		d->month, d->day, inferred_note(d));
	const char *kv[] = {"written", written, "date", ja, "date_en", en,
			    NULL};
	add(scan, d->start, d->wd_end, kv, detail);
}

static void
check_era(SgAccScan *scan, const SgDate *d)
{
	g_autofree char *ja = NULL;
	g_autofree char *en = NULL;

	if (d->era < 0)
		return;
	const char *name = eras[d->era].name;
	int conv = d->era_year > 0 ? era_to_greg(d->era, d->era_year) : 0;
	if (d->era_year == 0) {
		ja = g_strdup_printf("%sに0年はありません"
				     "（最初の年は元年です）",
				     name);
		en = g_strdup_printf("%s has no year 0 (the first year is "
				     "gannen, year 1)",
				     eras[d->era].en);
	} else if (d->greg > 0 && d->greg != conv) {
		ja = g_strdup_printf("%s%d年は%d年ですが、%d年と書かれています",
				     name, d->era_year, conv, d->greg);
		en = g_strdup_printf("%s %d is %d, not %d", eras[d->era].en,
				     d->era_year, conv, d->greg);
	} else if (d->has_day && date_valid(d)) {
		guint32 j = julian(d->year, d->month, d->day);
		guint32 s = julian(eras[d->era].sy, eras[d->era].sm,
				   eras[d->era].sd);
		guint32 e = eras[d->era].ey
				    ? julian(eras[d->era].ey, eras[d->era].em,
					     eras[d->era].ed)
				    : G_MAXUINT32;
		if (j < s) {
			ja = g_strdup_printf("%sは%d年%d月%d日からです", name,
					     eras[d->era].sy, eras[d->era].sm,
					     eras[d->era].sd);
			en = g_strdup_printf("the %s era began on %d %s %d",
					     eras[d->era].en, eras[d->era].sd,
					     month_en[eras[d->era].sm],
					     eras[d->era].sy);
		} else if (j > e) {
			ja = g_strdup_printf("%sは%d年%d月%d日までです", name,
					     eras[d->era].ey, eras[d->era].em,
					     eras[d->era].ed);
			en = g_strdup_printf("the %s era ended on %d %s %d",
					     eras[d->era].en, eras[d->era].ed,
					     month_en[eras[d->era].em],
					     eras[d->era].ey);
		}
	} else if (!d->has_day && d->month == 0 && conv > 0) {
		if (conv < eras[d->era].sy ||
		    (eras[d->era].ey && conv > eras[d->era].ey)) {
			ja = g_strdup_printf("%s%d年は存在しません", name,
					     d->era_year);
			en = g_strdup_printf("there is no %s %d",
					     eras[d->era].en, d->era_year);
		}
	}
	if (ja == NULL)
		return;
	g_autofree char *written = original(scan, d->start, d->end);
	const char *kv[] = {"written", written, "reason", ja, "reason_en", en,
			    NULL};
	add(scan, d->start, d->end, kv, en);
}

static void
scan_date_piece(SgAccScan *scan)
{
	g_autoptr(GArray) dates = scan_dates(scan->text, scan->len);

	resolve_years(dates, scan->ref_year, scan->ref,
		      scan->data->ambiguous_days);
	for (guint i = 0; i < dates->len; i++) {
		const SgDate *d = &g_array_index(dates, SgDate, i);
		switch (scan->data->detect) {
		case SG_ACC_WEEKDAY:
			check_weekday(scan, d);
			break;
		case SG_ACC_HOLIDAY:
			check_holiday(scan, d);
			break;
		case SG_ACC_DATE:
			if (!d->fiscal)
				check_impossible(scan, d);
			break;
		case SG_ACC_ERA:
			check_era(scan, d);
			break;
		default:
			break;
		}
	}
}

/* --- clock times ------------------------------------------------------ */

static bool
ampm_before(const char *t, gsize p)
{
	while (p > 0 && t[p - 1] == ' ')
		p--;
	return (p >= 6 && (memcmp(t + p - 6, "午後", 6) == 0 ||
			   memcmp(t + p - 6, "午前", 6) == 0)) ||
	       (p >= 2 && (g_ascii_strncasecmp(t + p - 2, "pm", 2) == 0 ||
			   g_ascii_strncasecmp(t + p - 2, "am", 2) == 0));
}

/* Whether a colon time at [@p, @q) is part of a schedule (10:00~12:00,
 * 午後1:30, 19:00開演) rather than a score or a ratio. */
static bool
colon_time_context(const char *t, gsize len, gsize p, gsize q)
{
	static const char *const after[] = {"~", "-", "から", "まで", "開始",
					    "開演", "開場", "受付", "頃",
					    "ごろ", "～", NULL};
	gsize b = p;

	while (b > 0 && t[b - 1] == ' ')
		b--;
	if (b > 0 && (t[b - 1] == '~' || t[b - 1] == '-'))
		return true;
	if (b >= 6 && memcmp(t + b - 6, "から", 6) == 0)
		return true;
	return ampm_before(t, p) ||
	       starts_with_any(t, len, skip_sp(t, len, q), (char **)after);
}

static void
report_time(SgAccScan *scan, gsize p, gsize q, const char *ja,
	    const char *en)
{
	g_autofree char *written = original(scan, p, q);
	const char *kv[] = {"written", written, "reason", ja, "reason_en", en,
			    NULL};

	add(scan, p, q, kv, en);
}

static void
scan_times(SgAccScan *scan)
{
	const char *t = scan->text;
	gsize len = scan->len;

	for (gsize p = 0; p < len; p++) {
		int h = 0, m = -1;
		if (!is_digit(t[p]) ||
		    (p > 0 && (is_digit(t[p - 1]) || t[p - 1] == ':' ||
			       t[p - 1] == '.')))
			continue;
		gsize q = num(t, len, p, 2, &h);
		if (!q)
			continue;
		gsize r = lit(t, len, skip_sp(t, len, q), "時");
		if (r) {
			if (starts_with_any(t, len, r,
					    scan->data->not_after_hour))
				continue;
			gsize s = num(t, len, skip_sp(t, len, r), 2, &m);
			gsize e = s ? lit(t, len, skip_sp(t, len, s), "分") : 0;
			if (e)
				r = e;
			else
				m = -1;
		} else if (q < len && t[q] == ':') {
			r = num(t, len, q + 1, 2, &m);
			if (!r || r - q != 3 || (r < len && t[r] == ':') ||
			    !colon_time_context(t, len, p, r))
				continue;
		} else {
			continue;
		}
		bool ampm = ampm_before(t, p);
		gsize from = p;
		if (ampm) {
			while (from > 0 && t[from - 1] == ' ')
				from--;
			from -= (guchar)t[from - 1] < 0x80 ? 2 : 6;
		}
		if (h > 24) {
			report_time(scan, from, r, "時刻は24時までです",
				    "hours run from 0 to 24");
		} else if (m > 59) {
			report_time(scan, from, r, "分は59分までです",
				    "minutes run from 0 to 59");
		} else if (ampm && h > 12) {
			report_time(scan, from, r,
				    "午前・午後を付けた時刻は12時までです",
				    "with a.m./p.m. the hour is at most 12");
		}
		p = r - 1;
	}
}

/* --- placeholders ----------------------------------------------------- */

/* Spans of URLs and e-mail addresses: XX or ___ inside them is no
 * placeholder. */
static GArray *
link_spans(const char *t, gsize len)
{
	GArray *spans = g_array_new(FALSE, FALSE, sizeof(gsize));

	for (gsize p = 0; p < len; p++) {
		gsize s = p, e = p;
		if (lit(t, len, p, "http://") || lit(t, len, p, "https://") ||
		    lit(t, len, p, "www.")) {
			e = p;
			while (e < len && (guchar)t[e] > ' ' &&
			       (guchar)t[e] < 0x80)
				e++;
		} else if (t[p] == '@') {
			while (s > 0 && (g_ascii_isalnum(t[s - 1]) ||
					 strchr("._%+-", t[s - 1])))
				s--;
			while (e + 1 < len && (g_ascii_isalnum(t[e + 1]) ||
					       strchr("._-", t[e + 1])))
				e++;
			e++;
		} else {
			continue;
		}
		g_array_append_val(spans, s);
		g_array_append_val(spans, e);
		p = e > p ? e - 1 : p;
	}
	return spans;
}

static bool
in_spans(const GArray *spans, gsize start, gsize end)
{
	for (guint i = 0; i + 1 < spans->len; i += 2)
		if (start < g_array_index(spans, gsize, i + 1) &&
		    end > g_array_index(spans, gsize, i))
			return true;
	return false;
}

typedef struct {
	SgAccScan *scan;
	const SgPattern *pattern;
	GArray *spans;
} SgPlaceholderScan;

static bool
any_word_in(const char *t, gsize start, gsize end, char *const *words)
{
	for (guint i = 0; words && words[i]; i++) {
		gsize n = strlen(words[i]);
		for (gsize p = start; n > 0 && p + n <= end; p++)
			if (memcmp(t + p, words[i], n) == 0)
				return true;
	}
	return false;
}

/* Whether a placeholder is an example rather than a gap: on a line that
 * says so (例えば, 記入例), or quoted on a line listing examples
 * (「○○人は出て行け」「祖国へ帰れ」など). */
static bool
is_example(const SgAccScan *scan, gsize start, gsize end)
{
	const char *t = scan->text;
	gsize ls = start, le = end;
	bool open = false;

	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	while (le < scan->len && t[le] != '\n')
		le++;
	if (any_word_in(t, ls, le, scan->data->example_words))
		return true;
	/* 「 or 『 before it, not closed yet. */
	for (gsize p = ls; p + 3 <= start; p++) {
		if (lit(t, start, p, "「") || lit(t, start, p, "『"))
			open = true;
		else if (lit(t, start, p, "」") || lit(t, start, p, "』"))
			open = false;
	}
	return open && any_word_in(t, end, le, scan->data->quote_words);
}

static void
report_placeholder(SgAccScan *scan, GArray *spans, gsize start, gsize end,
		   const char *what)
{
	/* Two patterns on one placeholder (これはテスト投稿) report it once. */
	if (end == start || in_spans(spans, start, end) ||
	    in_spans(scan->reported, start, end) ||
	    is_example(scan, start, end) ||
	    sg_check_run_covered_by_exception(scan->text, scan->len, start, end,
					      scan->rule->exceptions))
		return;
	g_autofree char *written = original(scan, start, end);
	const char *kv[] = {"written", written, NULL};
	add(scan, start, end, kv, what);
	g_array_append_val(scan->reported, start);
	g_array_append_val(scan->reported, end);
}

static bool
on_placeholder(gsize start, gsize end, const gsize *groups,
	       guint n_groups, gpointer user_data)
{
	SgPlaceholderScan *ps = user_data;

	report_placeholder(ps->scan, ps->spans, start, end,
			   sg_pattern_get_source(ps->pattern));
	return true;
}

/* Whether @c may stand before a heading: blanks, bullets (■ ● ・ ★ * -)
 * and numbering (1. (2)). */
static bool
is_heading_lead(gunichar c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || g_ascii_isdigit((char)c) ||
		       (c != 0 && strchr("*-.()", (int)c) != NULL);
	return (c >= 0x25A0 && c <= 0x25FF) || c == 0x30FB || c == 0x2605 ||
	       c == 0x2606;
}

/* Whether only blanks, bullets and numbering stand before @p on its
 * line. */
static bool
at_line_start(const char *t, gsize p)
{
	while (p > 0) {
		const char *prev = g_utf8_find_prev_char(t, t + p);
		gunichar c = g_utf8_get_char(prev);
		if (c == '\n')
			return true;
		if (!is_heading_lead(c))
			return false;
		p = (gsize)(prev - t);
	}
	return true;
}

/* 【日付】 and friends: a field name in brackets is a placeholder where a
 * value belongs (日時：【日付】, 【会場】で開催), not as a heading at the
 * start of a line (【会場】区役所). */
static void
scan_bracket_words(SgAccScan *scan, GArray *spans)
{
	const SgAccData *data = scan->data;
	const char *t = scan->text;
	gsize len = scan->len;

	for (guint b = 0; data->brackets && data->brackets[b]; b++) {
		const char *pair = data->brackets[b];
		const char *mid = g_utf8_next_char(pair);
		g_autofree char *open = g_strndup(pair, (gsize)(mid - pair));
		const char *close = mid;

		for (gsize p = 0; p < len; p++) {
			gsize q = lit(t, len, p, open);
			if (!q)
				continue;
			q = skip_sp(t, len, q);
			for (guint w = 0; data->bracket_words[w]; w++) {
				const char *word = data->bracket_words[w];
				gsize r = lit(t, len, q, word);
				gsize e = r ? lit(t, len, skip_sp(t, len, r),
						  close)
					    : 0;
				if (!e)
					continue;
				if (!at_line_start(t, p) ||
				    starts_with_any(t, len, skip_sp(t, len, e),
						    data->particles))
					report_placeholder(scan, spans, p, e,
							   "bracketed field "
							   "name");
				p = e - 1;
				break;
			}
		}
	}
}

/* Returns false with @error when a pattern hit a limit: the engine turns
 * that into a finding, so a hostile text cannot slip a placeholder past. */
static bool
scan_placeholders(SgAccScan *scan, GError **error)
{
	g_autoptr(GArray) spans = link_spans(scan->text, scan->len);
	g_autoptr(GArray) reported = g_array_new(FALSE, FALSE, sizeof(gsize));
	const SgAccData *data = scan->data;

	scan->reported = reported;

	for (guint i = 0; data->patterns && i < data->patterns->len; i++) {
		SgPlaceholderScan ps = {
			.scan = scan,
			.pattern = g_ptr_array_index(data->patterns, i),
			.spans = spans,
		};
		if (!sg_pattern_foreach(ps.pattern, scan->text, scan->len,
					on_placeholder, &ps, error))
			return false;
	}
	if (data->bracket_words != NULL)
		scan_bracket_words(scan, spans);
	return true;
}

/* --- compiling -------------------------------------------------------- */

static const char *
split_entry(const char *entry, guint *line)
{
	char *end = NULL;

	*line = (guint)g_ascii_strtoull(entry, &end, 10);
	return end + 1;
}

static char **
normalized_list(SgRuleLoader *loader, const char *key)
{
	g_auto(GStrv) items = sg_rule_loader_get_list(loader, key);
	GPtrArray *out = g_ptr_array_new();

	for (guint i = 0; items[i]; i++) {
		char *n = sg_normalize_string(items[i], SG_NORM_DEFAULT);
		if (*n == '\0')
			g_free(n);
		else
			g_ptr_array_add(out, n);
	}
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

static bool
compile_holidays(SgRuleLoader *loader, SgAccData *data)
{
	const char *name = sg_rule_loader_get_string(loader, "holidays");
	g_autofree char *path = NULL;
	bool ok = true;

	if (name == NULL || *name == '\0') {
		sg_rule_loader_problem(loader, NULL, NULL, 0,
				       "a holiday rule needs holidays = FILE");
		return false;
	}
	g_autoptr(GPtrArray) entries =
		sg_rule_loader_read_lines(loader, "holidays", name, &path);
	if (entries == NULL)
		return false;
	data->holidays = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	for (guint i = 0; i < entries->len; i++) {
		guint line = 0;
		const char *text =
			split_entry(g_ptr_array_index(entries, i), &line);
		int y = 0, m = 0, d = 0;
		bool shape = strlen(text) >= 10 && text[4] == '-' &&
			     text[7] == '-' &&
			     (text[10] == '\0' || text[10] == ' ' ||
			      text[10] == '\t');
		for (guint k = 0; shape && k < 10; k++)
			shape = k == 4 || k == 7 || is_digit(text[k]);
		if (shape) {
			y = atoi(text);
			m = atoi(text + 5);
			d = atoi(text + 8);
		}
		if (!shape || !g_date_valid_dmy((GDateDay)d, (GDateMonth)m,
						(GDateYear)y)) {
			sg_rule_loader_problem(loader, "holidays", path, line,
					       "%s: write YYYY-MM-DD NAME, a "
					       "real date",
					       text);
			ok = false;
			continue;
		}
		const char *label = text + 10;
		while (*label == ' ' || *label == '\t')
			label++;
		g_hash_table_insert(data->holidays,
				    GUINT_TO_POINTER(julian(y, m, d)),
				    g_strdup(label));
		if (data->holiday_first == 0 ||
		    (GDateYear)y < data->holiday_first)
			data->holiday_first = (GDateYear)y;
		if ((GDateYear)y > data->holiday_last)
			data->holiday_last = (GDateYear)y;
	}
	return ok;
}

static bool
compile_placeholders(SgRuleLoader *loader, SgAccData *data)
{
	g_auto(GStrv) files = sg_rule_loader_get_list(loader, "patterns");
	g_auto(GStrv) words = sg_rule_loader_get_list(loader, "bracket_words");
	GPtrArray *list = g_ptr_array_new();
	bool ok = true;

	data->patterns =
		g_ptr_array_new_with_free_func((GDestroyNotify)sg_pattern_free);
	for (guint i = 0; files[i]; i++) {
		g_autofree char *path = NULL;
		g_autoptr(GPtrArray) entries = sg_rule_loader_read_lines(
			loader, "patterns", files[i], &path);
		if (entries == NULL) {
			ok = false;
			continue;
		}
		for (guint j = 0; j < entries->len; j++) {
			guint line = 0;
			const char *re = split_entry(
				g_ptr_array_index(entries, j), &line);
			g_autoptr(GError) error = NULL;
			SgPattern *p = sg_pattern_new(re, true, &error);
			if (p == NULL) {
				sg_rule_loader_problem(loader, "patterns", path,
						       line, "%s",
						       error->message);
				ok = false;
				continue;
			}
			g_ptr_array_add(data->patterns, p);
		}
	}
	for (guint i = 0; words[i]; i++) {
		g_autoptr(GPtrArray) entries = sg_rule_loader_read_lines(
			loader, "bracket_words", words[i], NULL);
		if (entries == NULL) {
			ok = false;
			continue;
		}
		for (guint j = 0; j < entries->len; j++) {
			guint line = 0;
			g_autofree char *w = g_strdup(split_entry(
				g_ptr_array_index(entries, j), &line));
			char *n = sg_normalize_string(g_strstrip(w),
						      SG_NORM_DEFAULT);
			if (*n == '\0')
				g_free(n);
			else
				g_ptr_array_add(list, n);
		}
	}
	g_ptr_array_add(list, NULL);
	data->bracket_words = (char **)g_ptr_array_free(list, FALSE);
	data->brackets = normalized_list(loader, "brackets");
	data->example_words = normalized_list(loader, "example_words");
	data->quote_words = normalized_list(loader, "quote_words");
	data->particles = normalized_list(loader, "particles");
	for (guint i = 0; data->brackets[i]; i++) {
		if (g_utf8_strlen(data->brackets[i], -1) != 2) {
			sg_rule_loader_problem(loader, "brackets", NULL, 0,
					       "%s: write each pair as two "
					       "characters, e.g. 【】",
					       data->brackets[i]);
			ok = false;
		}
	}
	if (ok && data->patterns->len == 0 && data->bracket_words[0] == NULL) {
		sg_rule_loader_problem(loader, NULL, NULL, 0,
				       "a placeholder rule needs patterns or "
				       "bracket_words");
		ok = false;
	}
	return ok;
}

static bool
acc_compile(SgRule *rule, SgRuleLoader *loader)
{
	const char *detect = sg_rule_loader_get_string(loader, "detect");
	const char *amb = sg_rule_loader_get_string(loader, "ambiguous_days");
	SgAccData *data = g_new0(SgAccData, 1);
	guint i;

	rule->data = data;
	for (i = 0; i < G_N_ELEMENTS(detect_names); i++)
		if (g_strcmp0(detect, detect_names[i]) == 0)
			break;
	if (i == G_N_ELEMENTS(detect_names)) {
		sg_rule_loader_problem(loader, "detect", NULL, 0,
				       "detect = %s: use weekday, holiday, "
				       "date, era, time or placeholder",
				       detect ? detect : "(missing)");
		return false;
	}
	data->detect = (SgAccDetect)i;
	data->ambiguous_days = 90;
	if (amb != NULL && *amb != '\0') {
		char *end = NULL;
		guint64 v = g_ascii_strtoull(amb, &end, 10);
		if (end == amb || *end != '\0' || v > 366) {
			sg_rule_loader_problem(loader, "ambiguous_days", NULL,
					       0,
					       "%s: use a number of days from "
					       "0 to 366",
					       amb);
			return false;
		}
		data->ambiguous_days = (guint)v;
	}
	data->not_after_hour = normalized_list(loader, "not_after_hour");
	switch (data->detect) {
	case SG_ACC_HOLIDAY:
		return compile_holidays(loader, data);
	case SG_ACC_PLACEHOLDER:
		return compile_placeholders(loader, data);
	default:
		return true;
	}
}

/* --- checking --------------------------------------------------------- */

static bool
acc_check(const SgRule *rule, SgCheckRun *run, GError **error)
{
	const SgAccData *data = rule->data;
	GDateTime *date = sg_draft_get_date(sg_check_run_get_draft(run));
	g_autoptr(GDateTime) now = NULL;
	int y = 0, m = 0, d = 0;

	if (date == NULL)
		date = now = g_date_time_new_now_local();
	g_date_time_get_ymd(date, &y, &m, &d);
	for (guint i = 0; i < sg_check_run_get_n_pieces(run); i++) {
		SgAccScan scan = {
			.run = run,
			.rule = rule,
			.data = data,
			.index = i,
			.ref_year = y,
			.ref = julian(y, m, d),
		};
		scan.norm = sg_check_run_get_norm(run, i, SG_NORM_DEFAULT);
		scan.text = sg_norm_text_get(scan.norm, &scan.len);
		switch (data->detect) {
		case SG_ACC_TIME:
			scan_times(&scan);
			break;
		case SG_ACC_PLACEHOLDER:
			if (!scan_placeholders(&scan, error))
				return false;
			break;
		default:
			scan_date_piece(&scan);
			break;
		}
	}
	return true;
}

const SgRuleKind sg_rule_kind_accuracy = {
	.name = "accuracy",
	.keys = accuracy_keys,
	.compile = acc_compile,
	.check = acc_check,
	.free_data = acc_data_free,
};
