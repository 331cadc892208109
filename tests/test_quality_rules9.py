"""Money written the world's ways, shares written as fractions or 'one in five', and multiples, checked on
passages written for these tests."""

from __future__ import annotations

from passages import figures_in as _figures

from briefbook.core.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_a_currency_abbreviation_before_an_amount_ends_no_sentence():
    assert _sentences("The fine was Rs. 35,000 per tonne. The court agreed.") == [
        "The fine was Rs. 35,000 per tonne.",
        "The court agreed.",
    ]
    assert len(_sentences("Each bag costs Sh. 2,000 at the market. Traders say prices will rise.")) == 2
    assert len(_sentences("The levy is Tk. 500 a head. Importers objected.")) == 2
    # without an amount after it the period may still end a sentence
    assert len(_sentences("The loan was paid in Rs. The bank agreed.")) == 2


def test_money_in_rupees_rand_shillings_and_regional_dollars():
    assert _figures("The fine was Rs. 35,000 per tonne.") == [("Rs. 35,000", 35000.0, "INR")]
    assert _figures("Fees rose to Rs 35,000 a year.") == [("Rs 35,000", 35000.0, "INR")]
    assert _figures("Fees rose to Rs35,000 a year.") == [("Rs35,000", 35000.0, "INR")]
    assert _figures("The state set aside ₹35,000 crore for roads.") == [("₹35,000 crore", 3.5e11, "INR")]
    assert _figures("The utility needs R20bn over five years.")[0] == ("R20bn", 2e10, "ZAR")
    assert _figures("The council spent R35,000 on it.") == [("R35,000", 35000.0, "ZAR")]
    assert _figures("The bond raised KSh 2.5bn last week.") == [("KSh 2.5bn", 2.5e9, "KES")]
    assert _figures("Farmers were paid Sh2,000 a bag.") == [("Sh2,000", 2000.0, "KES")]
    assert _figures("Namibia spent N$ 3 billion on it.") == [("N$ 3 billion", 3e9, "NAD")]
    assert _figures("He paid N$500 million for the mine.") == [("N$500 million", 5e8, "NAD")]
    assert _figures("The tower sold for HK$ 1.2bn.") == [("HK$ 1.2bn", 1.2e9, "HKD")]
    assert _figures("The fund holds RM2bn in bonds.") == [("RM2bn", 2e9, "MYR")]
    assert _figures("Wages rose to 300,000 Kenyan shillings.") == [("300,000 Kenyan shillings", 3e5, "KES")]


def test_letters_glued_to_a_small_number_are_no_money():
    # a road, a droid, a model: a bare R is the rand only before an amount with a scale or thousands
    assert _figures("Road R40 was closed after the flood.") == []
    assert _figures("The R2 unit was recalled.") == []
