# accuracy-placeholders.re — template text left unfilled (rule
# accuracy-placeholder, 5(3), block).  PCRE2, UTF, caseless, applied to the
# normalized text with its spaces kept: katakana are hiragana, letters lower
# case, （ ［ are ( [, ＿ is _, digits ASCII.  Matches inside URLs and e-mail
# addresses are dropped by the code.
#
# Two or more of one placeholder mark: 〇〇公園, ○○さん, ●●地区, ◯◯, ××, △△
# — but not 〇 inside a kanji numeral (二〇〇〇年, 一〇〇円).
(?<![一二三四五六七八九十百千万〇])〇{2,}(?![一二三四五六七八九十百千万])
○{2,}
●{2,}
◯{2,}
×{2,}
△{2,4}
# ○月○日, ○時○分, ○年○月, ○月24日; 11月○日, 10時○分; 24日(○)
[○〇●◯×△]+\s*(?:年|月|日|時)\s*[○〇●◯×△\d]+\s*(?:月|日|時|分)
\d+\s*(?:年|月|時)\s*[○〇●◯×△]+\s*(?:月|日|分)
(?<=日|\))\s*\(\s*[○〇●◯×△]\s*\)
# XX or xx standing for something (XX公園, 第XX回, XX:XX), not inside words
# (XXL, Xmas) or after a letter or digit.
(?<![a-z0-9_])x{2,4}(?![a-z0-9_])
# Blanks to fill in: ＿＿＿ (three or more).
_{3,}
# (仮) （仮） 【仮】 [仮] and working titles — (仮称) is left alone.
[(\[【〔<]\s*仮\s*[)\]】〕>]
仮題
仮たいとる
# Dummy text; a ダミー人形 (crash-test dummy) is real.
だみー(?!人形)
# Test posts: テスト送信, テスト投稿, これはテストです, 【テスト】, a line that
# is only "テスト" or "test" — not コンテスト, プロテスト, 体力テスト, nor a
# notice about a test (防災メールのテスト配信を行います).
(?<!こん|ぷろ|ぷれ|力|学|検|の)てすと(?:送信|投稿|配信|ついーと|ぽすと|めーる|文章|用の?文|画像です)(?!を行|を実施|の実施|を予定|します|いたします|を開始|訓練|の予定)
これは\s*(?:てすと|test)
[(\[【〔<「]\s*(?:てすと|test)\s*[)\]】〕>」]
(?m)^[ \t]*(?:てすと|test)(?:です。?)?[ \t]*$
(?<![a-z])test\s*(?:post|message|mail|tweet|送信|投稿)
# Markers a writer leaves for later.
(?<![a-z0-9])(?:tbd|tba)(?![a-z0-9])
[【\[〔<《〈{(]\s*(?:要確認|要入力|要修正|要変更|要差し?替え?|未記入|未入力|入力|記入|ここに[^】\]〕>》〉})\n]{0,20}|xx+|tbd|tba)\s*[】\]〕>》〉})]
