# links-context.re — a link judged by the words around it (rule harmful-link-context, 5(4)カ, block).
# Written against the normalized text (NFKC casefold, katakana→hiragana).  Links to
# .lg.jp and .go.jp hosts are never flagged; warnings (注意, 詐欺, 被害, 相談) are guarded.
# r3: a request to enter account, card or login details, and a link within two lines (phishing).
(?:口座(?:情報|番号)?|暗証番号|ぱすわーど|かーど番号|くれじっとかーど|まいなんばー|個人番号|ろぐいん情報|認証こーど)(?![^\n]{0,60}(?:注意|詐欺|偽|不審|しないで|しないよう|被害|相談|公式))[^\n]{0,40}?(?:登録|入力|送信|入れて|ご記入)[^\n]{0,40}(?:\n[^\n]{0,80}){0,2}?\K(?:https?://|www\.)(?![a-z0-9.-]{0,80}\.(?:lg|go)\.jp(?![a-z0-9.-]))[a-z0-9][a-z0-9.-]{2,80}
# r3: an adult, dating or sex-chat cue and a link within two lines.
(?:18禁|(?<![a-z])r-?18(?![0-9])|成人向け|あだると|無修正|(?:今夜|今すぐ|すぐに)会える|せくしーな(?:らいぶ|動画|配信)|らいぶちゃっと|出会い系|出会いあぷり|風俗|えっち(?:な|動画)|大人の(?:お店|動画|出会い))(?![^\n]{0,60}(?:注意|詐欺|被害|相談|防止|未満の方は|気をつけ|ご遠慮))[^\n]{0,60}(?:\n[^\n]{0,80}){0,2}?\K(?:https?://|www\.)(?![a-z0-9.-]{0,80}\.(?:lg|go)\.jp(?![a-z0-9.-]))[a-z0-9][a-z0-9.-]{2,80}
# r3 (lead): the same request written after the link ("…/login で口座番号を入力してください");
# possessive repeats, so a run of "www.www.…" cannot make it backtrack.
(?:https?://|www\.)(?![a-z0-9.-]{0,80}\.(?:lg|go)\.jp(?![a-z0-9.-]))[a-z0-9][a-z0-9.-]{2,80}+(?=[!-~]{0,80}+\s*+(?:から|で|に|へ)?[^\n]{0,10}?(?:口座(?:情報|番号)?|暗証番号|ぱすわーど|かーど番号|くれじっとかーど|個人番号|ろぐいん情報|認証こーど)[^\n]{0,20}?(?:登録|入力|送信|入れて|ご記入))(?![^\n]{0,120}(?:注意|詐欺|偽|不審|しないで|しないよう|被害|相談))
