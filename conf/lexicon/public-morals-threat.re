# public-morals-threat.re — threats that need structure (rule
# public-morals-threat, 5(4)ケ, block).  PCRE2, caseless, normalized squeezed
# text (katakana as hiragana: シネ is しね).
#
# Kana しね as a word of its own: after a topic or object marker, a space, the
# start of a line or a bracket, and before an exclamation, a full stop, よ/や or
# ばいい.  ですしね / 暑いしね / シネマ / 〜しねえ do not match.
(?:^|\n|[\s、。!?「」『』]|は|が|も|を|って|まじ|まじで|ほんと|早く|さっさと|なんか|なんて|お前|おまえ|てめえ|あんた|あいつ|こいつ|みんな|全員|もう)しね(?:[!?。…]|よ|や|ばいい|$|\n)
# "<everyone> die / disappear".
(?:早く|さっさと|とっとと|みんな|全員|一人残らず|皆殺し|まとめて)(?:死ね|しね|消えろ|くたばれ|死んで(?:くれ|ほしい|欲しい|しまえ))
# "I know where you live".
(?:家|自宅|住所|職場|勤務先)(?:は|を|も)[^。\n]{0,6}(?:知って(?:いる|る|います)|特定した|特定済み|割れて)(?:ぞ|からな|んだぞ|!)
# Attack threats.
(?:爆破|放火|襲撃|刺殺|射殺|殺害)(?:して|する|しに)(?:やる|行く|いく|やるぞ)
(?:覚悟|かくご)(?:しろ|しておけ|しとけ|しておけよ)(?!」)
# "I want <person> to disappear / die".
(?:人|奴|やつ|者|連中|あいつ|こいつ|住民|客|くれーまー|議員|店主|あの人|お前|おまえ|あんた|てめえ)(?:は|には|なんか|なんて|も|たち|ども)?(?:早く|さっさと|とっとと|みんな)?(?:消えて|死んで|くたばって)(?:ほしい|欲しい|くれ|もらいたい|ください|しまえ)
(?:爆破|放火|襲撃|刺殺|射殺|殺害|皆殺しに|殺|ぶっ殺|ぶち殺)(?:して|し)(?:やる|やりたい|やろう|やるぞ|やります)
