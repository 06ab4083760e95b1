# confidential.re — classification markings that need structure (rule
# confidential-marking, 5(2), block).  PCRE2, UTF, caseless, applied to the
# normalized squeezed text: katakana are hiragana, （ ＜ ［ are ( < [, ㊙ is 秘,
# spaces between letters are gone.
#
# 秘 inside brackets: 【秘】（秘）＜秘＞〔秘〕（丸秘）.  【極秘】【部外秘】 are found by
# the terms themselves.
[【\[(〔<《〈「『{]\s*(?:丸|まる|○|〇|◯)?秘\s*[】\])〕>》〉」』}]
# Markings that are not terms on their own, in brackets: 【機密】（取り扱い注意）
# [Internal] (Secret).
[【\[(〔<《〈「『]\s*(?:機密|取り扱い注意|取扱い注意|取り扱注意|取り扱い厳重注意|要保護|internal|internal use|secret)\s*[】\])〕>》〉」』]
# ○秘 / 〇秘 (a circled-secret stamp typed as two characters).
[○〇◯]秘(?!書|境|密|訣|伝|湯|宝|蔵|策|め|仏|技)
# 秘扱い, 秘資料, 秘文書 — but not 神秘, 便秘, 黙秘, 極秘 (a term of its own).
(?<![神便黙極厳奥深])秘(?:扱い|取扱い|資料|文書)
# The okurigana form as a notice heading only when it is about a document.
取り?扱い?注意(?:文書|資料|情報)
# A line that starts with a lone 秘 (㊙ becomes 秘 under NFKC).
(?:^|\n)[ 　]*秘(?![書境密訣伝湯宝蔵策めか仏技話奥])
