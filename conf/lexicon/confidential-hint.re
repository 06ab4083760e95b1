# confidential-hint.re — "I shouldn't be saying this" (rule confidential-hint,
# 5(2), warn).  Normalized squeezed text, hiragana for katakana.
(?:本当は|ほんとは|ほんとうは|実は)?(?:言っちゃ|言っては|話しちゃ|話しては|書いちゃ|書いては|漏らしちゃ|出しちゃ|公表しちゃ|教えちゃ)(?:いけない|いけません|だめ|まずい)(?:ん|の)?(?:です|だ)?(?:けど|が)
# r3: like the .txt terms, a phrase quoted in order to warn about it (「誰にも言わないで」は詐欺のさいん) is not a finding.
(?<![「『])(?:まだ)?(?:誰にも|だれにも)(?:言わないで|言っちゃだめ|話さないで)(?![^「」『』\n]{0,4}[」』])(?!(?:という|などの|といった|は詐欺))
