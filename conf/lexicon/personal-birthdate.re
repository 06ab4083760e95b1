# personal-birthdate.re — a named private person's date of birth (rule
# personal-info-birthdate, 5(2), block).  PCRE2, UTF, caseless, on the
# normalized squeezed text (see personal-address.re for {NAME} and the
# tab-separated columns).  A birthday without a year (12月25日生まれ) is
# not a date of birth and is left alone.
#
# 山田さんの生年月日は1985年4月1日 / 山田様（生年月日：昭和60年4月1日）
{NAME}[^。\n]{0,15}?生年月日(?:は|:|=)?[^。\n]{0,4}?(?:\d{4}|(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元))年	生年月日	date of birth
{NAME}[^。\n]{0,15}?生年月日(?:は|:|=)?[^。\n]{0,4}?(?:\d{4}|[shr]\d{1,2})[./-]\d{1,2}[./-]\d{1,2}	生年月日	date of birth
# 山田花子さん（1985年4月1日生まれ）/ 山田氏は昭和60年4月1日生
{NAME}[^。\n]{0,15}?(?:\d{4}|(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元))年\d{1,2}月\d{1,2}日(?:生まれ|生)	生年月日	date of birth
{NAME}[^。\n]{0,15}?(?:\d{4}|[shr]\d{1,2})[./-]\d{1,2}[./-]\d{1,2}(?:生まれ|生)	生年月日	date of birth
# 1985年4月1日生まれの山田さん / 生年月日1985年4月1日の山田様
(?:\d{4}|(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元))年\d{1,2}月\d{1,2}日(?:生まれ|生)(?:の)?{NAME}	生年月日	date of birth
生年月日(?:は|:|=)?(?:\d{4}|(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元))年\d{1,2}月\d{1,2}日[^。\n]{0,6}?{NAME}	生年月日	date of birth
