package org.channelcenter.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.channelcenter.billing.control.PriceResolution.Price;
import org.channelcenter.billing.entity.PriceSource;
import org.channelcenter.billing.entity.PriceTerm;
import org.junit.jupiter.api.Test;

class PriceResolutionTest {

    private static final long RESELLER = 7;
    private static final long OTHER_RESELLER = 8;
    private static final long OFFER = 100;
    private static final long OTHER_OFFER = 101;
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);
    private static final BigDecimal LIST = new BigDecimal("20.00");

    private static Price price(List<PriceTerm> terms, Long buyer, long offer, LocalDate day) {
        return new PriceResolution(terms).price(buyer, offer, day, LIST, "USD");
    }

    @Test
    void withoutRulesTheBasePriceIsThePrice() {
        Price price = price(List.of(), RESELLER, OFFER, JUNE_1);
        assertEquals(new BigDecimal("20.00"), price.amount());
        assertEquals(PriceSource.BASE, price.source());
    }

    @Test
    void aRuleCountsFromItsEffectiveDayOnInclusive() {
        List<PriceTerm> terms = List.of(PriceTerm.percentage(null, null, "-10", JUNE_15, 1));
        assertEquals(
                new BigDecimal("20.00"),
                price(terms, RESELLER, OFFER, JUNE_15.minusDays(1)).amount());
        assertEquals(
                new BigDecimal("18.00"), price(terms, RESELLER, OFFER, JUNE_15).amount());
        assertEquals(
                new BigDecimal("18.00"),
                price(terms, RESELLER, OFFER, JUNE_15.plusDays(30)).amount());
    }

    @Test
    void aLaterRuleChangesLaterDaysAndLeavesEarlierOnesAlone() {
        List<PriceTerm> terms = List.of(
                PriceTerm.percentage(null, null, "-10", JUNE_1, 1), PriceTerm.percentage(null, null, "5", JUNE_15, 2));
        assertEquals(
                new BigDecimal("18.00"),
                price(terms, RESELLER, OFFER, JUNE_15.minusDays(1)).amount());
        assertEquals(
                new BigDecimal("21.00"), price(terms, RESELLER, OFFER, JUNE_15).amount());
    }

    @Test
    void ofTwoRulesOfOneDayTheOneAddedLastWins() {
        List<PriceTerm> terms = List.of(
                PriceTerm.percentage(null, null, "-20", JUNE_1, 9), PriceTerm.percentage(null, null, "-10", JUNE_1, 3));
        assertEquals(
                new BigDecimal("16.00"), price(terms, RESELLER, OFFER, JUNE_1).amount());
    }

    @Test
    void theResellersOwnBookWinsOverTheDefaultBookOnceItIsInEffect() {
        List<PriceTerm> terms = List.of(
                PriceTerm.percentage(null, null, "-10", JUNE_1, 1),
                PriceTerm.percentage(RESELLER, null, "-25", JUNE_15, 2));
        Price before = price(terms, RESELLER, OFFER, JUNE_1);
        assertEquals(new BigDecimal("18.00"), before.amount(), "its own book is not in effect yet: the default's");
        assertEquals(PriceSource.DEFAULT, before.source());
        Price own = price(terms, RESELLER, OFFER, JUNE_15);
        assertEquals(new BigDecimal("15.00"), own.amount());
        assertEquals(PriceSource.OWN, own.source());
        assertEquals(
                new BigDecimal("18.00"),
                price(terms, OTHER_RESELLER, OFFER, JUNE_15).amount(),
                "another's");
    }

    @Test
    void theOwnBookReplacesTheDefaultBookWhole() {
        // the reseller's book has only a fixed price for one offer: its other offers are at list, not the default's
        List<PriceTerm> terms = List.of(
                PriceTerm.percentage(null, null, "-10", JUNE_1, 1),
                PriceTerm.fixed(RESELLER, OFFER, "12.00", JUNE_1, 2));
        assertEquals(
                new BigDecimal("12.00"), price(terms, RESELLER, OFFER, JUNE_1).amount());
        Price other = price(terms, RESELLER, OTHER_OFFER, JUNE_1);
        assertEquals(new BigDecimal("20.00"), other.amount());
        assertEquals(PriceSource.BASE, other.source());
    }

    @Test
    void aFixedPriceForTheOfferWinsOverThePercentageForEveryOfferEvenANewerOne() {
        List<PriceTerm> terms = List.of(
                PriceTerm.fixed(null, OFFER, "17.50", JUNE_1, 1), PriceTerm.percentage(null, null, "-50", JUNE_15, 2));
        assertEquals(
                new BigDecimal("17.50"), price(terms, RESELLER, OFFER, JUNE_15).amount());
        assertEquals(
                new BigDecimal("10.00"),
                price(terms, RESELLER, OTHER_OFFER, JUNE_15).amount());
    }

    @Test
    void aLaterPercentageForTheOfferReplacesItsFixedPrice() {
        List<PriceTerm> terms = List.of(
                PriceTerm.fixed(null, OFFER, "17.50", JUNE_1, 1), PriceTerm.percentage(null, OFFER, "10", JUNE_15, 2));
        assertEquals(
                new BigDecimal("17.50"), price(terms, RESELLER, OFFER, JUNE_1).amount());
        assertEquals(
                new BigDecimal("22.00"), price(terms, RESELLER, OFFER, JUNE_15).amount());
    }

    @Test
    void roundingIsHalfEvenAtTheUnitPriceToTheCurrencysDigits() {
        PriceResolution resolution = new PriceResolution(List.of(PriceTerm.percentage(null, null, "-12.5", JUNE_1, 1)));
        // 0.90 * 0.875 = 0.7875 -> 0.79; 0.70 * 0.875 = 0.6125 -> 0.61; 0.02 * 0.875 = 0.0175 -> 0.02
        assertEquals(
                new BigDecimal("0.79"),
                resolution
                        .price(null, OFFER, JUNE_1, new BigDecimal("0.90"), "USD")
                        .amount());
        assertEquals(
                new BigDecimal("0.61"),
                resolution
                        .price(null, OFFER, JUNE_1, new BigDecimal("0.70"), "USD")
                        .amount());
        // exactly half: 0.125 -> 0.12 (even), 0.135 -> 0.14 (even)
        PriceResolution half = new PriceResolution(List.of(PriceTerm.percentage(null, null, "25", JUNE_1, 1)));
        assertEquals(
                new BigDecimal("0.12"),
                half.price(null, OFFER, JUNE_1, new BigDecimal("0.10"), "USD").amount());
        assertEquals(
                new BigDecimal("0.14"),
                half.price(null, OFFER, JUNE_1, new BigDecimal("0.108"), "USD").amount());
        // yen has no decimals, dinar three
        assertEquals(
                new BigDecimal("1312"),
                resolution
                        .price(null, OFFER, JUNE_1, new BigDecimal("1500"), "JPY")
                        .amount());
        assertEquals(
                new BigDecimal("1.094"),
                resolution
                        .price(null, OFFER, JUNE_1, new BigDecimal("1.250"), "KWD")
                        .amount());
        // a fixed price is rounded for its currency too
        PriceResolution fixed = new PriceResolution(List.of(PriceTerm.fixed(null, OFFER, "9.995", JUNE_1, 1)));
        assertEquals(
                new BigDecimal("10.00"),
                fixed.price(null, OFFER, JUNE_1, LIST, "USD").amount());
    }

    @Test
    void aCustomersPriceIsTheMarkupOverTheResellersRoundedCost() {
        // cost: 20.00 - 7% = 18.60; price: 18.60 + 15% = 21.39; margin 2.79
        BigDecimal cost = new PriceResolution(List.of(PriceTerm.percentage(null, null, "-7", JUNE_1, 1)))
                .price(RESELLER, OFFER, JUNE_1, LIST, "USD")
                .amount();
        BigDecimal price = new PriceResolution(List.of(PriceTerm.percentage(null, null, "15", JUNE_1, 1)))
                .price(55L, OFFER, JUNE_1, cost, "USD")
                .amount();
        assertEquals(new BigDecimal("18.60"), cost);
        assertEquals(new BigDecimal("21.39"), price);
    }

    @Test
    void theRulesInEffectAreTheLatestPerOfferAndForEveryOffer() {
        PriceResolution resolution = new PriceResolution(List.of(
                PriceTerm.percentage(RESELLER, null, "-10", JUNE_1, 1),
                PriceTerm.percentage(RESELLER, null, "-12", JUNE_15, 2),
                PriceTerm.fixed(RESELLER, OFFER, "15.00", JUNE_1, 3),
                PriceTerm.fixed(RESELLER, OFFER, "14.00", JUNE_15.plusDays(1), 4),
                PriceTerm.percentage(null, null, "-5", JUNE_1, 5)));
        List<PriceTerm> today = resolution.inEffect(RESELLER, JUNE_15);
        assertEquals(2, today.size(), today.toString());
        assertEquals(new BigDecimal("-12"), today.get(0).percentage());
        assertEquals(new BigDecimal("15.00"), today.get(1).fixedPrice());
        assertTrue(resolution.inEffect(OTHER_RESELLER, JUNE_15).isEmpty());
        assertFalse(resolution.inEffect(null, JUNE_15).isEmpty());
    }
}
