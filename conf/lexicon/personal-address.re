# personal-address.re — a named private person's address or home (rule
# personal-info-address, 5(2), block).  PCRE2, UTF, caseless, applied to the
# normalized squeezed text: katakana are hiragana, digits ASCII, every dash
# is "-", spaces between letters are gone.
#
# {NAME} is the person's name and honorific (the rule's name and honorific
# keys); it is the only capturing group, so write other groups as (?:…).
# After a tab: what the line is about, in Japanese and (after another tab)
# English, for the message's {what} and {what_en}.
#
# An address is a number with 丁目, 番地, 番…号 or hyphens: 2丁目3番4号, 1-2-3
# (numbers of up to three digits, so that 03-1234-5678 is no address).
#
# 山田さんの住所は九段南1-2-3 / 山田様の自宅（九段北2丁目）/ 山田さん宅は4番地
{NAME}(?:の|が)?(?:ご|お)?(?:住所|自宅|宅|住まい|家|実家|住居|居所)(?:は|が|も|:|=)?[^。\n]{0,30}?(?<!\d)(?:\d+\s?丁目(?:\s?\d+\s?(?:番地?|-)(?:\s?\d+\s?号?)?)?|\d+\s?番地?(?:\s?\d+\s?号?)?|\d+\s?号|\d{1,3}\s?-\s?\d{1,3}(?:\s?-\s?\d{1,3})?(?![\d-]))	住所	home address
# 九段南1-2-3の山田さん宅 / 2丁目の佐藤様のお宅
(?<!\d)(?:\d+\s?丁目(?:\s?\d+\s?(?:番地?|-)(?:\s?\d+\s?号?)?)?|\d+\s?番地?(?:\s?\d+\s?号?)?|\d+\s?号|\d{1,3}\s?-\s?\d{1,3}(?:\s?-\s?\d{1,3})?(?![\d-]))[^。\n]{0,12}?{NAME}(?:の)?(?:ご|お)?(?:宅|自宅|家|住まい)	住所	home address
# 九段南2丁目在住の山田花子さん / 1-2-3にお住まいの佐藤様
(?<!\d)(?:\d+\s?丁目(?:\s?\d+\s?(?:番地?|-)(?:\s?\d+\s?号?)?)?|\d+\s?番地?(?:\s?\d+\s?号?)?|\d+\s?号|\d{1,3}\s?-\s?\d{1,3}(?:\s?-\s?\d{1,3})?(?![\d-]))[^。\n]{0,12}?(?:在住|に住む|にお住まい|に住んで|に居住)[^。\n]{0,4}?{NAME}	住所	home address
# 山田さんは九段南1-2-3に住んでいます
{NAME}(?:は|が)[^。\n]{0,24}?(?<!\d)(?:\d+\s?丁目(?:\s?\d+\s?(?:番地?|-)(?:\s?\d+\s?号?)?)?|\d+\s?番地?(?:\s?\d+\s?号?)?|\d+\s?号|\d{1,3}\s?-\s?\d{1,3}(?:\s?-\s?\d{1,3})?(?![\d-]))[^。\n]{0,8}?(?:に住んで|に住む|在住|にお住まい|に居住|に引っ越)	住所	home address
# 麹町4丁目の岡田真理子さん / 神田須田町にお住まいの田中さん: where a named
# person lives, even without a house number.
(?<!\d)\d+\s?丁目の{NAME}(?!の?(?:ご|お)?(?:宅|自宅|家|住まい))	住所	home address
(?<![\d目地号])(?:にお住まい|在住|に住む|に住んでいる|に住んでいらっしゃる)の{NAME}	住所	home address
# 山本健太さん（神田淡路町2丁目14番7号）: an address in brackets after the name.
{NAME}[（(][^）)\n]{0,24}?(?:\d+\s?丁目|\d+\s?番地|\d+\s?番\s?\d+\s?号)	住所	home address
