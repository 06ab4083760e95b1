# decision-process.re — undecided-matter structure (rule decision-process,
# 6(3)(エ), warn).  Normalized squeezed text: katakana written as hiragana,
# （） as ().
#
# 〜の方向で検討/調整/協議, 庁内で調整, 水面下で調整.
(?:方向|前提|庁内|内部|部内|課内|水面下|非公式|内々)で(?:検討|調整|協議|進めて|固ま)
# 調整中/協議中 followed by "but" or naming an internal object.
(?:調整|協議|検討)中(?:です|でございます|なん(?:です|だ))?(?:が|けど|けれど)(?!、?(?:決まり次第|決定次第|詳細が決まり|確定次第))
(?:調整|協議)中の(?:案|計画|人事|内容|事項|件|方針|話)
(?:まだ|現時点では|現在)(?:調整|協議|検討)中(?:の段階)
# 非公表/未公表 of a document or "but".
(?:非公表|未公表)(?:の(?:情報|資料|案|計画|内容|事項|データ|数字|話)|ですが|だけど|ながら|の段階|扱い)
# A draft document marked (案) 【案】, unless followed by a public-comment phrase.
[(\[【〔<]\s*案\s*[)\]】〕>](?![^。\n]{0,24}(?:意見|こめんと|縦覧|閲覧|説明会|公表しました|公開しました|を公表|を公開|策定しました))
# "it looks like X will be decided"
(?:に|と|で)(?:決まる|決定する|内定する)(?:見込み|見通し|方向|ようです|らしい)
