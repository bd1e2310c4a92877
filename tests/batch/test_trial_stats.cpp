// The trial report's effect sizes against values worked out by hand (and one published example).
#include <catch2/catch.hpp>

#include <cmath>

#include "batch/trial_report.h"
#include "batch/trial_stats.h"

using namespace sb;
using Catch::Matchers::Contains;

TEST_CASE("Cohen's d with the Hedges-Olkin interval", "[trial][stats]") {
    // Means 8 and 6, each SD sqrt(2.5), so d = 2 / sqrt(2.5) = 1.2649;
    // SE = sqrt(10 / 25 + d^2 / 20) = sqrt(0.48) = 0.6928; d +- 1.96 SE.
    const Estimate d = CohensD({6, 7, 8, 9, 10}, {4, 5, 6, 7, 8});
    REQUIRE(d.defined);
    REQUIRE(d.value == Approx(1.2649110640673518));
    REQUIRE(d.low == Approx(-0.09299181682405422));
    REQUIRE(d.high == Approx(2.6228139449587577));
    REQUIRE(CohensD({1, 2}, {1, 2}).value == Approx(0.0).margin(1e-12));
    REQUIRE_FALSE(CohensD({5}, {4, 6}).defined);
    REQUIRE_FALSE(CohensD({5, 5}, {5, 5}).defined);  // no spread: d has no scale
}

TEST_CASE("risk difference with Newcombe's hybrid score interval", "[trial][stats]") {
    // Newcombe (1998), Statistics in Medicine 17:873, Table II: 56/70 against 48/80 gives a
    // difference of 0.2000 with the method-10 interval 0.0524 to 0.3339.
    const Estimate rd = RiskDifference(56, 70, 48, 80);
    REQUIRE(rd.value == Approx(0.2));
    REQUIRE(rd.low == Approx(0.05243147240236498));
    REQUIRE(rd.high == Approx(0.333872654036906));
    const Estimate w = WilsonInterval(56, 70);
    REQUIRE(w.low == Approx(0.6918335550374695));
    REQUIRE(w.high == Approx(0.8769526075163705));
    REQUIRE_FALSE(RiskDifference(1, 0, 1, 2).defined);
}

TEST_CASE("security on the d scale: the logit method and the 0/1 coding", "[trial][stats]") {
    // a = 56, b = 14, c = 48, d = 32: OR = 56 x 32 / (14 x 48) = 2.667, ln OR = 0.9808,
    // d = 0.9808 sqrt(3) / pi = 0.5408; SE(ln OR) = sqrt(1/56 + 1/14 + 1/48 + 1/32) = 0.3685.
    bool halved = true;
    const Estimate d = LogitD(56, 70, 48, 80, &halved);
    REQUIRE_FALSE(halved);
    REQUIRE(d.value == Approx(0.5407595086603364));
    REQUIRE(d.low == Approx(0.1344696222147065));
    REQUIRE(d.high == Approx(0.9470493951059664));
    // A zero cell (no insecure infant among 10 treated): 0.5 is added to every cell.
    const Estimate z = LogitD(10, 10, 5, 10, &halved);
    REQUIRE(halved);
    REQUIRE(z.value == Approx(1.6785331926769167));
    REQUIRE(z.low == Approx(-0.015910039742127433));
    REQUIRE(z.high == Approx(3.37297642509596));
    // On the 0/1 coding, d is the difference in shares over the pooled SD of the indicator:
    // 4/5 against 2/5, variances 0.2 and 0.3 (divisor n - 1), pooled 0.25, d = 0.4 / 0.5 = 0.8.
    REQUIRE(CohensD({1, 1, 1, 1, 0}, {1, 1, 0, 0, 0}).value == Approx(0.8));
}

TEST_CASE("the report reads a trial's runs.csv into arms and comparisons", "[trial][report]") {
    const std::string csv =
        "run_id,scenario,classification,trace_hash,arm,year_end_sensitivity\n"
        "1,\"A, quoted \"\"name\"\"\",B,aa,intervention,8.000\n"
        "2,x,A,bb,control,4.000\n"
        "3,x,B,cc,control,6.000\n"
        "4,x,,dd,intervention,6.000\n"
        "5,x,D,ee,intervention,7.000\n"
        "6,x,C,ff,control,5.000\n";
    const TrialReport r = AnalyseTrial(csv, "runs.csv");
    REQUIRE(r.arms.size() == 2);
    REQUIRE(r.arms[0].name == "control");  // the control arm first, wherever it first appears
    REQUIRE(r.arms[0].n == 3);
    REQUIRE(r.arms[0].classified == 3);
    REQUIRE(r.arms[0].groups == std::array<int, 4>{1, 1, 1, 0});
    REQUIRE(r.arms[0].mean_sensitivity == Approx(5.0));
    REQUIRE(r.arms[1].n == 3);
    REQUIRE(r.arms[1].classified == 2);  // the unclassifiable dyad counts in N and sensitivity only
    REQUIRE(r.arms[1].Share(1) == Approx(0.5));
    REQUIRE(r.arms[1].mean_sensitivity == Approx(7.0));
    REQUIRE(r.comparisons.size() == 1);
    // Sensitivity: means 7 and 5, both SDs 1, d = 2.
    REQUIRE(r.comparisons[0].d_sensitivity.value == Approx(2.0));
    REQUIRE(r.comparisons[0].risk_difference.value == Approx(0.5 - 1.0 / 3.0));
    const std::string out = TrialReportCsv(r);
    REQUIRE_THAT(out, Contains("arm,control,share_B,0.3333,,\n"));
    REQUIRE_THAT(out, Contains("effect,intervention_vs_control,d_sensitivity,2.0000,"));
    REQUIRE_THAT(TrialReportText(r), Contains("intervention vs control"));
    // Another arm as the control.
    REQUIRE(AnalyseTrial(csv, "runs.csv", "intervention").arms[0].name == "intervention");
}

TEST_CASE("a runs.csv the report cannot use is refused with file, line and reason", "[trial][report]") {
    REQUIRE_THROWS_WITH(AnalyseTrial("run_id,classification\n1,B\n", "runs.csv"), Contains("runs.csv:1: no column 'arm'"));
    const std::string head = "classification,arm,year_end_sensitivity\n";
    REQUIRE_THROWS_WITH(AnalyseTrial(head + "B,control,5\nB,x,12\n", "runs.csv"),
                        Contains("runs.csv:3: year_end_sensitivity = '12' is not a sensitivity (allowed range 1 to 9)"));
    REQUIRE_THROWS_WITH(AnalyseTrial(head + "B,control,5\nB,x\n", "runs.csv"), Contains("runs.csv:3: 2 fields, the header has 3"));
    REQUIRE_THROWS_WITH(AnalyseTrial(head + "E,control,5\n", "runs.csv"), Contains("'E' is not A, B, C, D or empty"));
    REQUIRE_THROWS_WITH(AnalyseTrial(head + "B,a,5\nB,b,5\n", "runs.csv"), Contains("no arm named 'control'") && Contains("--control"));
    REQUIRE_THROWS_WITH(AnalyseTrial(head + "B,control,5\n", "runs.csv"), Contains("a comparison needs two"));
    REQUIRE_THROWS_WITH(AnalyseTrial("", "runs.csv"), Contains("is empty"));
}
