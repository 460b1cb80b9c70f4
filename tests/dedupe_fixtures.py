"""Articles written for the dedupe tests: an original, its copies and paraphrases, and other stories."""

ORIGINAL = """Russia and North Korea sign mutual defence pact during Putin visit
Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence pact in Pyongyang on Wednesday, pledging to help each other if either country is attacked.
The agreement, which Kim called the strongest treaty the two countries have ever signed, was reached during Putin's first visit to North Korea in 24 years.
Putin said the pact provided for mutual assistance in case of aggression against one of the parties, and described it as a breakthrough document.
Kim said the relationship between Pyongyang and Moscow had been raised to the level of an alliance, and pledged full support for Russia's war in Ukraine.
The United States and South Korea have accused North Korea of supplying artillery shells and ballistic missiles to Russia, a charge both governments deny.
Officials in Seoul said they were studying the text of the agreement and would respond after consulting with Washington and Tokyo.
Analysts said the deal could give Moscow access to North Korean munitions for years, while Pyongyang might receive advanced military technology in return.
China, North Korea's main ally and trading partner, did not comment on the pact on Wednesday, saying only that it was a matter between two sovereign states.
Putin arrived in Pyongyang shortly before 3 a.m. and was greeted at the airport by Kim, who accompanied him to a state guesthouse.
Later in the day, tens of thousands of people lined the streets of the capital as the two leaders drove past in a motorcade.
"""

# Same story republished: another headline, junk lines, and the ending cut off.
COPY = """BREAKING: Putin and Kim agree to defend each other
Share this article on Facebook
Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence pact in Pyongyang on Wednesday, pledging to help each other if either country is attacked.
The agreement, which Kim called the strongest treaty the two countries have ever signed, was reached during Putin's first visit to North Korea in 24 years.
READ ALSO: Ten things to know about the Korean peninsula
Putin said the pact provided for mutual assistance in case of aggression against one of the parties, and described it as a breakthrough document.
Kim said the relationship between Pyongyang and Moscow had been raised to the level of an alliance, and pledged full support for Russia's war in Ukraine.
The United States and South Korea have accused North Korea of supplying artillery shells and ballistic missiles to Russia, a charge both governments deny.
Officials in Seoul said they were studying the text of the agreement and would respond
Subscribe to our newsletter
"""

# Spun by hand: synonyms swapped, sentences reordered and merged, some garbling.
PARAPHRASE = """Moscow and Pyongyang ink a mutual protection treaty as Putin tours
North Korea's ruler Kim Jong Un and Russia's president Vladimir Putin inked a shared defence accord in Pyongyang on Wednesday, vowing to assist one another should either nation come under attack.
The deal was struck on Putin's first trip to North Korea in 24 years, and Kim labelled it the most powerful treaty the two nations have ever concluded.
According to Putin, the accord foresees mutual help in the event of aggression against one side; he called it a landmark paper.
Washington and Seoul have charged North Korea with providing artillery rounds and ballistic missiles to Russia, an accusation both capitals reject.
Kim stated that ties between Moscow and Pyongyang had been lifted to the rank of an alliance, and promised total backing for Russia's war in Ukraine.
Experts said the agreement might hand Moscow years of access to North Korean ammunition, while Pyongyang could get sophisticated military know-how in exchange.
Beijing, North Korea's chief ally and trade partner, offered no remark on the treaty on Wednesday, noting only that it concerned two sovereign states.
"""

# Same actors, a different happening.
OTHER_STORY = """Kim Jong Un oversees missile test as Putin praises ties with Pyongyang
North Korean leader Kim Jong Un oversaw the launch of a new solid-fuel intercontinental ballistic missile on Thursday, state media said, in a test condemned by South Korea, Japan and the United States.
The missile flew for 73 minutes and landed in the sea off the east coast of the Korean peninsula, according to the Japanese defence ministry.
Kim said the launch showed the country's resolve to respond to what he called the reckless military moves of Washington and Seoul.
In Moscow, Russian President Vladimir Putin told reporters that relations with North Korea were developing well, but declined to comment on the test.
The United Nations Security Council is expected to meet next week to discuss the launch, though Russia and China have blocked new sanctions in the past.
South Korean officials said the missile may have used technology acquired from Russia, a claim the Kremlin dismissed as speculation.
"""

# Another article on the pact itself, written independently (same happening, not a copy).
SAME_EVENT = """Seoul alarmed as Russia and North Korea promise to defend each other
South Korea said on Thursday it would reconsider its ban on sending weapons to Ukraine after Russia and North Korea signed a treaty promising mutual military help.
The pact, agreed by Vladimir Putin and Kim Jong Un in Pyongyang on Wednesday, commits each side to provide assistance if the other is attacked.
A spokesman for the South Korean presidential office called the deal a clear threat to the security of the region and said Seoul would respond firmly.
Japan and the United States also voiced concern over the agreement, which comes as Russia continues its war in Ukraine.
"""
