"""An invented news story shared by the HTML tests: the paragraphs of its body, as markup."""

WATER_BOARD_STORY = (
    "<p>The county water board voted on Tuesday to replace the ageing pumps at the Millbrook station, "
    "ending a two-year dispute over who should pay for the work and how quickly it should begin.</p>"
    "<p>Engineers told the board that two of the four pumps had failed during the summer heat and that "
    "the remaining pair were running well beyond the hours their maker recommends for safe use.</p>"
    "<p>The chair of the board said the new pumps would be installed before the first frost, and that "
    "households would see no change to their bills until the following spring at the earliest.</p>"
)
