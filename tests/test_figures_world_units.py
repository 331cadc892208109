"""Key figures in news from other countries and styles: currencies, 'pc', speeds and areas, checked on
passages written for these tests."""

from __future__ import annotations

from passages import figures_in as _figures


def test_currency_signs_and_codes_of_other_countries():
    assert _figures("The development bank lent R$3bn to solar farms.") == [("R$3bn", 3e9, "BRL")]
    assert _figures("The budget gap widened to ₦450bn this year.") == [("₦450bn", 4.5e11, "NGN")]
    assert _figures("The pension fund wrote off SEK 40m in the spring.") == [("SEK 40m", 4e7, "SEK")]
    assert _figures("The port will cost ZAR 12 billion to expand.") == [("ZAR 12 billion", 1.2e10, "ZAR")]
    assert _figures("Manila set aside ₱20bn for flood defences.") == [("₱20bn", 2e10, "PHP")]


def test_currency_words_of_other_countries():
    assert _figures("The utility needs 20 billion rand to fix its plants.") == [("20 billion rand", 2e10, "ZAR")]
    assert _figures("The state oil firm lost 300bn naira last year.") == [("300bn naira", 3e11, "NGN")]
    assert _figures("Households saved 8 billion kronor over the winter.") == [("8 billion kronor", 8e9, "SEK")]


def test_won_is_a_currency_only_after_a_scale_word():
    assert _figures("Seoul promised 5 trillion won in tax breaks.") == [("5 trillion won", 5e12, "KRW")]
    assert _figures("The bill passed after 180 won the vote in the chamber.") == []


def test_pc_is_a_percentage():
    assert _figures("Food inflation rose 2 pc in the quarter.") == [("2 pc", 2.0, "percent")]
    assert _figures("Unemployment fell to 32.1pc in May.") == [("32.1pc", 32.1, "percent")]
    # 'PC' in capitals is a computer, not a percentage
    assert _figures("The school bought 40 PC-compatible machines.") == []


def test_speeds_and_areas_are_not_distances():
    assert _figures("Trains will run at 250 km/h on the new line.") == [("250 km/h", 250.0, "km/h")]
    assert _figures("Winds reached 120 miles per hour overnight.") == [("120 miles per hour", 120.0, "mph")]
    assert _figures("The fire burned 1,200 sq km of forest.") == [("1,200 sq km", 1200.0, "sq km")]
    assert _figures("The park covers 300 square kilometres.") == [("300 square kilometres", 300.0, "sq km")]
    assert _figures("Thirty hectares of forest will be cleared.") == [("Thirty hectares", 30.0, "hectares")]
    assert _figures("The road is 40 km long.") == [("40 km", 40.0, "km")]


def test_indian_numbering_and_dates_stay_as_they_were():
    assert _figures("The cabinet approved Rs 500 crore for village roads.") == [("Rs 500 crore", 5e9, "INR")]
    assert _figures("The Centre set aside ₹2.5 lakh crore for roads.") == [("₹2.5 lakh crore", 2.5e12, "INR")]
    assert _figures("The scheme will reach 12 lakh people.") == [("12 lakh people", 1.2e6, "people")]
    assert _figures("Spending more than doubled after the 2019 election, officials said on March 3.") == []


def test_power_and_energy_units():
    assert _figures("The utility will add 1,500 MW of solar capacity.") == [("1,500 MW", 1500.0, "MW")]
    assert _figures("Output fell to 2.4 TWh last year.") == [("2.4 TWh", 2.4, "TWh")]
    assert _figures("They plan a 500-MW plant and a 2-GW farm.") == [("500-MW", 500.0, "MW"), ("2-GW", 2.0, "GW")]


def test_currencies_of_south_asia():
    assert _figures("Dhaka pledged Tk 500 crore for the dams.") == [("Tk 500 crore", 5e9, "BDT")]
    assert _figures("Islamabad sought PKR 50bn from lenders.") == [("PKR 50bn", 5e10, "PKR")]


def test_a_minus_sign_or_word_before_a_temperature_or_a_percentage():
    assert _figures("Temperatures fell to minus 5C in the hills.") == [("minus 5C", -5.0, "degrees C")]
    assert _figures("It was -8C on the pass overnight.") == [("-8C", -8.0, "degrees C")]
    assert _figures("Growth was -0.5% in the quarter.") == [("-0.5%", -0.5, "percent")]
    # a dash between two numbers is a range, not a sign
    assert _figures("Prices were 30-40% lower.") == [("30-40%", None, "percent")]


def test_one_in_five_is_a_share_not_a_count():
    # a share, in percent (tests/test_quality_rules9.py), never a count of voters or children
    assert _figures("Three in four voters said the economy was weak.") == [("Three in four", 75.0, "percent")]
    assert _figures("One survey found 1 in 5 children lives in poverty.") == [("1 in 5", 20.0, "percent")]
    # a period after 'in' is still a figure
    assert _figures("Rebels killed 3 in 10 days of fighting.") == [("10 days", 10.0, "days")]


def test_units_glued_to_a_number():
    assert _figures("The front moved 10km overnight.") == [("10km", 10.0, "km")]
    assert _figures("Each bag weighs 50kg in all.") == [("50kg", 50.0, "kilograms")]
    assert _figures("They built a 500MW plant.") == [("500MW", 500.0, "MW")]
    assert _figures("Trains will run at 300km/h.") == [("300km/h", 300.0, "km/h")]
    assert _figures("More than 120mm of rain fell.") == [("More than 120mm", 120.0, "mm")]


def test_a_calibre_or_a_size_is_no_key_figure():
    assert _figures("The 155mm shells ran out.") == []
    assert _figures("A 155 mm howitzer fired.") == []
    assert _figures("It rained 10 mm in an hour.") == [("10 mm", 10.0, "mm")]
