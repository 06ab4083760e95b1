# chain-message-request.re — "share this with as many people as possible"
# (rule chain-message-request, 5(4)キ, warn).  Normalized squeezed text.
(?:できるだけ|なるべく|一人でも|ひとりでも|より)多くの(?:人|方|友達|友だち|知り合い)(?:に|へ)[^。\n]{0,6}(?:転送|拡散|回して|しぇあ|送って|りつい|りぽすと)
