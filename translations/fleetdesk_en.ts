<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdjustChargeCommand</name>
    <message>
        <source>The amount to bill, in yuan.</source>
        <translation>The amount to bill, in yuan.</translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation>YUAN</translation>
    </message>
    <message>
        <source>Take the adjustment back: the standard&apos;s price is billed again.</source>
        <translation>Take the adjustment back: the standard&apos;s price is billed again.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Why (required).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>%1: adjustment taken back</source>
        <translation>%1: adjustment taken back</translation>
    </message>
    <message>
        <source>%1: %2 yuan billed</source>
        <translation>%1: %2 yuan billed</translation>
    </message>
</context>
<context>
    <name>AdjustChargeDialog</name>
    <message>
        <source>Take the adjustment back: bill the standard&apos;s price again</source>
        <translation>Take the adjustment back: bill the standard&apos;s price again</translation>
    </message>
    <message>
        <source>Adjust the charge of %1</source>
        <translation>Adjust the charge of %1</translation>
    </message>
    <message>
        <source>Standard&apos;s price</source>
        <translation>Standard&apos;s price</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>Bill instead</source>
        <translation>Bill instead</translation>
    </message>
    <message>
        <source>Why? The reason is kept in the order&apos;s history with the old and new amount.</source>
        <translation>Why? The reason is kept in the order&apos;s history with the old and new amount.</translation>
    </message>
    <message>
        <source>For example: detour ordered by the agency, charged by the navigation km</source>
        <translation>For example: detour ordered by the agency, charged by the navigation km</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <source>Write a reason first</source>
        <translation>Write a reason first</translation>
    </message>
</context>
<context>
    <name>AgencyStatement</name>
    <message>
        <source>Vehicle charges of %1 for %2</source>
        <translation>Vehicle charges of %1 for %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Adjustment reason</source>
        <translation>Adjustment reason</translation>
    </message>
</context>
<context>
    <name>AnomaliesPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>First day checked (Beijing time)</source>
        <translation>First day checked (Beijing time)</translation>
    </message>
    <message>
        <source>Last day checked, included (Beijing time)</source>
        <translation>Last day checked, included (Beijing time)</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>&amp;Run checks</translation>
    </message>
    <message>
        <source>Run the eight anomaly rules over the period and keep what they find. Findings already known keep their status.</source>
        <translation>Run the eight anomaly rules over the period and keep what they find. Findings already known keep their status.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the check; nothing of it is stored (Esc)</source>
        <translation>Stop the check; nothing of it is stored (Esc)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Show one kind of anomaly</source>
        <translation>Show one kind of anomaly</translation>
    </message>
    <message>
        <source>Show one agency&apos;s vehicles</source>
        <translation>Show one agency&apos;s vehicles</translation>
    </message>
    <message>
        <source>Show one vehicle</source>
        <translation>Show one vehicle</translation>
    </message>
    <message>
        <source>Show one driver</source>
        <translation>Show one driver</translation>
    </message>
    <message>
        <source>Show one month (Beijing time)</source>
        <translation>Show one month (Beijing time)</translation>
    </message>
    <message>
        <source>Show one status</source>
        <translation>Show one status</translation>
    </message>
    <message>
        <source>All anomalies</source>
        <translation>All anomalies</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Open (not dismissed)</source>
        <translation>Open (not dismissed)</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>All vehicles</translation>
    </message>
    <message>
        <source>All drivers</source>
        <translation>All drivers</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>No anomalies found yet.
Choose a period above and press Run checks: the eight rules look at its dispatch orders, tracks, refuels and violations.</source>
        <translation>No anomalies found yet.
Choose a period above and press Run checks: the eight rules look at its dispatch orders, tracks, refuels and violations.</translation>
    </message>
    <message>
        <source>No anomalies found yet.
An auditor runs the checks; what they find appears here.</source>
        <translation>No anomalies found yet.
An auditor runs the checks; what they find appears here.</translation>
    </message>
    <message>
        <source>No anomalies match the filters.
Choose &quot;All&quot; in a filter to see more.</source>
        <translation>No anomalies match the filters.
Choose &quot;All&quot; in a filter to see more.</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(-ies)</source>
        <translation>
            <numerusform>%n anomaly</numerusform>
            <numerusform>%n anomalies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n anomaly(-ies) shown</source>
        <translation>
            <numerusform>%1 of %n anomaly shown</numerusform>
            <numerusform>%1 of %n anomalies shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Checking %1 – %2…</source>
        <translation>Checking %1 – %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Check of %1 cancelled; nothing was stored.</source>
        <translation>Check of %1 cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>The check of %1 failed: %2</source>
        <translation>The check of %1 failed: %2</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Check failed</translation>
    </message>
    <message>
        <source>Checked %1: no anomalies.</source>
        <translation>Checked %1: no anomalies.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n anomaly(-ies) found.</source>
        <translation>
            <numerusform>Checked %1: %n anomaly found.</numerusform>
            <numerusform>Checked %1: %n anomalies found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them new.</source>
        <translation>
            <numerusform>%n of them new.</numerusform>
            <numerusform>%n of them new.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>The anomaly was not changed: %1.</source>
        <translation>The anomaly was not changed: %1.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Dismiss anomaly</source>
        <translation>Dismiss anomaly</translation>
    </message>
    <message>
        <source>Why is this finding not a problem? The reason is kept with the finding and in the change log.</source>
        <translation>Why is this finding not a problem? The reason is kept with the finding and in the change log.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>No supervision order</source>
        <translation>No supervision order</translation>
    </message>
    <message>
        <source>No order was drafted: %1.</source>
        <translation>No order was drafted: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Supervision order %1 drafted from %n finding(s).</source>
        <translation>
            <numerusform>Supervision order %1 drafted from %n finding.</numerusform>
            <numerusform>Supervision order %1 drafted from %n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomalyDetailPane</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Mark the finding as under review: someone is looking into it</source>
        <translation>Mark the finding as under review: someone is looking into it</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Dismiss…</translation>
    </message>
    <message>
        <source>Close the finding as not a problem; asks for the reason, which is kept</source>
        <translation>Close the finding as not a problem; asks for the reason, which is kept</translation>
    </message>
    <message>
        <source>No anomaly selected</source>
        <translation>No anomaly selected</translation>
    </message>
    <message>
        <source>Select an anomaly in the list to see its evidence and act on it.</source>
        <translation>Select an anomaly in the list to see its evidence and act on it.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Reopen for review</source>
        <translation>&amp;Reopen for review</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>Dispatch order</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>Fuel card</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Found first %1, last %2 (Beijing time).</source>
        <translation>Found first %1, last %2 (Beijing time).</translation>
    </message>
    <message>
        <source>Replay the trip on the map</source>
        <translation>Replay the trip on the map</translation>
    </message>
    <message>
        <source>This finding belongs to no dispatch order.</source>
        <translation>This finding belongs to no dispatch order.</translation>
    </message>
    <message>
        <source>Open dispatch order %1 in the trip review</source>
        <translation>Open dispatch order %1 in the trip review</translation>
    </message>
    <message>
        <source>&amp;Supervise…</source>
        <translation>&amp;Supervise…</translation>
    </message>
    <message>
        <source>Draft a supervision order (督办单) about the selected findings; it opens on the Supervision page to be issued to the agency.</source>
        <translation>Draft a supervision order (督办单) about the selected findings; it opens on the Supervision page to be issued to the agency.</translation>
    </message>
    <message>
        <source>Vehicle file</source>
        <translation>Vehicle file</translation>
    </message>
    <message>
        <source>Open the file of %1: its trips, refuels, repairs and findings</source>
        <translation>Open the file of %1: its trips, refuels, repairs and findings</translation>
    </message>
</context>
<context>
    <name>AnomalyStore</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>the finding does not exist</source>
        <translation>the finding does not exist</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>unknown status %1</translation>
    </message>
    <message>
        <source>dismissing a finding needs a reason</source>
        <translation>dismissing a finding needs a reason</translation>
    </message>
    <message>
        <source>Violation confirmed</source>
        <translation>Violation confirmed</translation>
    </message>
</context>
<context>
    <name>AnomalyTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>AnomalyText</name>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>Fuel consumption</source>
        <translation>Fuel consumption</translation>
    </message>
    <message>
        <source>Fuel card binding</source>
        <translation>Fuel card binding</translation>
    </message>
    <message>
        <source>Fuel card use</source>
        <translation>Fuel card use</translation>
    </message>
    <message>
        <source>Refuel frequency</source>
        <translation>Refuel frequency</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>A vehicle outside every geofence that applies to it, at a time no dispatch order covers.</source>
        <translation>A vehicle outside every geofence that applies to it, at a time no dispatch order covers.</translation>
    </message>
    <message>
        <source>A finished trip whose track never comes within the set distance of its destination.</source>
        <translation>A finished trip whose track never comes within the set distance of its destination.</translation>
    </message>
    <message>
        <source>Track mileage within the booked window at or above the set multiple of the navigation mileage.</source>
        <translation>Track mileage within the booked window at or above the set multiple of the navigation mileage.</translation>
    </message>
    <message>
        <source>A driver&apos;s litres per 100 km in a month at or above the set multiple of his rate over the three months before.</source>
        <translation>A driver&apos;s litres per 100 km in a month at or above the set multiple of his rate over the three months before.</translation>
    </message>
    <message>
        <source>A fuel card bound to a plate that is not an official vehicle.</source>
        <translation>A fuel card bound to a plate that is not an official vehicle.</translation>
    </message>
    <message>
        <source>A refuel while the bound vehicle&apos;s track never comes near the station.</source>
        <translation>A refuel while the bound vehicle&apos;s track never comes near the station.</translation>
    </message>
    <message>
        <source>Several refuels with one card between two dispatch orders of its vehicle.</source>
        <translation>Several refuels with one card between two dispatch orders of its vehicle.</translation>
    </message>
    <message>
        <source>Several traffic violations of one vehicle in one calendar month.</source>
        <translation>Several traffic violations of one vehicle in one calendar month.</translation>
    </message>
    <message>
        <source>%1 km tracked / %2 km navigated (×%3)</source>
        <translation>%1 km tracked / %2 km navigated (×%3)</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>No track</translation>
    </message>
    <message>
        <source>Closest %1 km</source>
        <translation>Closest %1 km</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) outside</source>
        <translation>
            <numerusform>%n fix outside</numerusform>
            <numerusform>%n fixes outside</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vs %2 L/100 km</source>
        <translation>%1 vs %2 L/100 km</translation>
    </message>
    <message>
        <source>Card %1 on a retired vehicle</source>
        <translation>Card %1 on a retired vehicle</translation>
    </message>
    <message>
        <source>Card %1 on an unregistered plate</source>
        <translation>Card %1 on an unregistered plate</translation>
    </message>
    <message numerus="yes">
        <source>%n refuel(s) between orders</source>
        <translation>
            <numerusform>%n refuel between orders</numerusform>
            <numerusform>%n refuels between orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in %1</source>
        <translation>
            <numerusform>%n violation in %1</numerusform>
            <numerusform>%n violations in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Track %1 km vs navigation %2 km, ratio %3 ≥ %4.</source>
        <translation>Track %1 km vs navigation %2 km, ratio %3 ≥ %4.</translation>
    </message>
    <message>
        <source>Booked window %1 – %2.</source>
        <translation>Booked window %1 – %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) on the track.</source>
        <translation>
            <numerusform>%n fix on the track.</numerusform>
            <numerusform>%n fixes on the track.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) dropped as jumps above %1 km/h.</source>
        <translation>
            <numerusform>%n fix dropped as jumps above %1 km/h.</numerusform>
            <numerusform>%n fixes dropped as jumps above %1 km/h.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No position fix at all inside the booked window, so the trip to %1 cannot be confirmed.</source>
        <translation>No position fix at all inside the booked window, so the trip to %1 cannot be confirmed.</translation>
    </message>
    <message>
        <source>The track came no closer than %1 km to the destination %2; the limit is %3 km.</source>
        <translation>The track came no closer than %1 km to the destination %2; the limit is %3 km.</translation>
    </message>
    <message>
        <source>Closest point of the track: (%1, %2).</source>
        <translation>Closest point of the track: (%1, %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) outside every geofence that applies, with no dispatch order covering them, from %1 to %2.</source>
        <translation>
            <numerusform>%n fix outside every geofence that applies, with no dispatch order covering them, from %1 to %2.</numerusform>
            <numerusform>%n fixes outside every geofence that applies, with no dispatch order covering them, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>First fix at (%1, %2), last at (%3, %4).</source>
        <translation>First fix at (%1, %2), last at (%3, %4).</translation>
    </message>
    <message>
        <source>No geofence applies to this vehicle.</source>
        <translation>No geofence applies to this vehicle.</translation>
    </message>
    <message>
        <source>Geofences that apply: %1.</source>
        <translation>Geofences that apply: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A gap of more than %1 minutes between fixes starts a new finding.</source>
        <translation>A gap of more than %1 minutes between fixes starts a new finding.</translation>
    </message>
    <message>
        <source>In %1: %2 L over %3 km, %4 L/100 km.</source>
        <translation>In %1: %2 L over %3 km, %4 L/100 km.</translation>
    </message>
    <message>
        <source>The three months before (%1): %2 L over %3 km, %4 L/100 km.</source>
        <translation>The three months before (%1): %2 L over %3 km, %4 L/100 km.</translation>
    </message>
    <message>
        <source>Ratio %1 ≥ %2 (each part needs at least %3 km).</source>
        <translation>Ratio %1 ≥ %2 (each part needs at least %3 km).</translation>
    </message>
    <message>
        <source>%1 %2 km</source>
        <translation>%1 %2 km</translation>
    </message>
    <message>
        <source>Vehicles driven: %1.</source>
        <translation>Vehicles driven: %1.</translation>
    </message>
    <message>
        <source>Fuel card %1 is bound to %2, a retired vehicle.</source>
        <translation>Fuel card %1 is bound to %2, a retired vehicle.</translation>
    </message>
    <message>
        <source>Fuel card %1 is bound to %2, which is not in the vehicle registry.</source>
        <translation>Fuel card %1 is bound to %2, which is not in the vehicle registry.</translation>
    </message>
    <message numerus="yes">
        <source>%n refuel(s) with it in the period checked: %1 L, %2 yuan.</source>
        <translation>
            <numerusform>%n refuel with it in the period checked: %1 L, %2 yuan.</numerusform>
            <numerusform>%n refuels with it in the period checked: %1 L, %2 yuan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 L (%2 yuan) with card %3 at %4 (%5), %6.</source>
        <translation>%1 L (%2 yuan) with card %3 at %4 (%5), %6.</translation>
    </message>
    <message>
        <source>The vehicle reported no position from %1 to %2.</source>
        <translation>The vehicle reported no position from %1 to %2.</translation>
    </message>
    <message>
        <source>From %1 to %2 the track came no closer than %3 m to the station; the limit is %4 m.</source>
        <translation>From %1 to %2 the track came no closer than %3 m to the station; the limit is %4 m.</translation>
    </message>
    <message>
        <source>The refuel falls within dispatch order %1.</source>
        <translation>The refuel falls within dispatch order %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n refuel(s) with card %1 between dispatch order %2 (ended %3) and %4 (starts %5); the limit is %6.</source>
        <translation>
            <numerusform>%n refuel with card %1 between dispatch order %2 (ended %3) and %4 (starts %5); the limit is %6.</numerusform>
            <numerusform>%n refuels with card %1 between dispatch order %2 (ended %3) and %4 (starts %5); the limit is %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at station %2: %3 L, %4 yuan.</source>
        <translation>%1 at station %2: %3 L, %4 yuan.</translation>
    </message>
    <message numerus="yes">
        <source>%n traffic violation(s) of this vehicle in %1; the limit is %2.</source>
        <translation>
            <numerusform>%n traffic violation of this vehicle in %1; the limit is %2.</numerusform>
            <numerusform>%n traffic violations of this vehicle in %1; the limit is %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, code %2, driver %3.</source>
        <translation>%1, code %2, driver %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message numerus="yes">
        <source>answered %n day(s) late</source>
        <translation>
            <numerusform>answered %n day late</numerusform>
            <numerusform>answered %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>public complaint %1 confirmed</source>
        <translation>public complaint %1 confirmed</translation>
    </message>
    <message>
        <source>%1 confirmed (%2, %3)</source>
        <translation>%1 confirmed (%2, %3)</translation>
    </message>
    <message>
        <source>rectified within its time: points returned</source>
        <translation>rectified within its time: points returned</translation>
    </message>
    <message>
        <source>unanswered past the deadline %1</source>
        <translation>unanswered past the deadline %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s), still unanswered</source>
        <translation>
            <numerusform>overdue %n day, still unanswered</numerusform>
            <numerusform>overdue %n days, still unanswered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardLayout</name>
    <message>
        <source>(no agency)</source>
        <translation>(no agency)</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In maintenance</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Maintenance: %1</source>
        <translation>Maintenance: %1</translation>
    </message>
    <message>
        <source>In the shop until %1: %2</source>
        <translation>In the shop until %1: %2</translation>
    </message>
</context>
<context>
    <name>BoardPainter</name>
    <message>
        <source>No vehicles yet. Add them under Records → Vehicles.</source>
        <translation>No vehicles yet. Add them under Records → Vehicles.</translation>
    </message>
    <message>
        <source>No vehicle matches the filter.</source>
        <translation>No vehicle matches the filter.</translation>
    </message>
    <message>
        <source>Drop to dispatch %1 to %2</source>
        <translation>Drop to dispatch %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s)</source>
        <translation>
            <numerusform>%n car</numerusform>
            <numerusform>%n cars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>(in maintenance)</source>
        <translation>(in maintenance)</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>In the shop</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>the trip ends before it starts</source>
        <translation>the trip ends before it starts</translation>
    </message>
    <message>
        <source>%1 is in maintenance</source>
        <translation>%1 is in maintenance</translation>
    </message>
    <message>
        <source>%1 is retired</source>
        <translation>%1 is retired</translation>
    </message>
    <message>
        <source>driver %1 is off duty</source>
        <translation>driver %1 is off duty</translation>
    </message>
    <message>
        <source>%1 has %2 seats: %3 passengers and the driver do not fit</source>
        <translation>%1 has %2 seats: %3 passengers and the driver do not fit</translation>
    </message>
    <message>
        <source>driver %1 holds %2; %3 with %4 seats needs %5</source>
        <translation>driver %1 holds %2; %3 with %4 seats needs %5</translation>
    </message>
    <message>
        <source>no recorded licence</source>
        <translation>no recorded licence</translation>
    </message>
    <message>
        <source>%1 is already booked: %2</source>
        <translation>%1 is already booked: %2</translation>
    </message>
    <message>
        <source>driver %1 is already booked: %2</source>
        <translation>driver %1 is already booked: %2</translation>
    </message>
    <message>
        <source>%1 is in the shop (%2) from %3 to %4</source>
        <translation>%1 is in the shop (%2) from %3 to %4</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(area)</source>
        <translation>(area)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>When (Beijing time)</source>
        <translation>When (Beijing time)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>First day, YYYY-MM-DD (Beijing time).</source>
        <translation>First day, YYYY-MM-DD (Beijing time).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day, inclusive, YYYY-MM-DD.</source>
        <translation>Last day, inclusive, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A rule to run (repeatable); all when absent.</source>
        <translation>A rule to run (repeatable); all when absent.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>check needs --from DATE and --to DATE as YYYY-MM-DD</source>
        <translation>check needs --from DATE and --to DATE as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to is before --from</translation>
    </message>
    <message>
        <source>%1 anomalies (%2 new, %3 updated, %4 already known)</source>
        <translation>%1 anomalies (%2 new, %3 updated, %4 already known)</translation>
    </message>
</context>
<context>
    <name>CheckService</name>
    <message>
        <source>unknown rule %1 (rules: %2)</source>
        <translation>unknown rule %1 (rules: %2)</translation>
    </message>
    <message>
        <source>the findings could not be stored: %1</source>
        <translation>the findings could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Law enforcement</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In maintenance</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Gasoline</source>
        <translation>Gasoline</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Electric</translation>
    </message>
    <message>
        <source>A1 large bus</source>
        <translation>A1 large bus</translation>
    </message>
    <message>
        <source>A2 tractor</source>
        <translation>A2 tractor</translation>
    </message>
    <message>
        <source>A3 city bus</source>
        <translation>A3 city bus</translation>
    </message>
    <message>
        <source>B1 medium bus</source>
        <translation>B1 medium bus</translation>
    </message>
    <message>
        <source>B2 large truck</source>
        <translation>B2 large truck</translation>
    </message>
    <message>
        <source>C1 small car</source>
        <translation>C1 small car</translation>
    </message>
    <message>
        <source>C2 small car, automatic</source>
        <translation>C2 small car, automatic</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Off duty</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Long distance</source>
        <translation>Long distance</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Typed in</translation>
    </message>
    <message>
        <source>Routing service</source>
        <translation>Routing service</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Servicing</source>
        <translation>Servicing</translation>
    </message>
    <message>
        <source>Annual inspection</source>
        <translation>Annual inspection</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>The FleetDesk database file (created if missing).</source>
        <translation>The FleetDesk database file (created if missing).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>json, csv or table.</source>
        <translation>json, csv or table.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>no command given; try --help</translation>
    </message>
    <message>
        <source>unknown command %1; try --help</source>
        <translation>unknown command %1; try --help</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE is required</translation>
    </message>
    <message>
        <source>--format is json, csv or table</source>
        <translation>--format is json, csv or table</translation>
    </message>
    <message>
        <source>Read settings (rule thresholds, map, center) from this INI file.</source>
        <translation>Read settings (rule thresholds, map, center) from this INI file.</translation>
    </message>
    <message>
        <source>FleetDesk command line: records, positions, checks, dispatch and more.</source>
        <translation>FleetDesk command line: records, positions, checks, dispatch and more.</translation>
    </message>
    <message>
        <source>One of the commands below, with its arguments.</source>
        <translation>One of the commands below, with its arguments.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>--settings %1: no such file</source>
        <translation>--settings %1: no such file</translation>
    </message>
    <message>
        <source>--settings %1: not a settings (INI) file</source>
        <translation>--settings %1: not a settings (INI) file</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>usage: %1</source>
        <translation>usage: %1</translation>
    </message>
</context>
<context>
    <name>CompareFinanceCommand</name>
    <message>
        <source>A calendar month in Beijing time, YYYY-MM.</source>
        <translation>A calendar month in Beijing time, YYYY-MM.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>%1 trips billed in %2, %3 payments read, %4 mismatches</source>
        <translation>%1 trips billed in %2, %3 payments read, %4 mismatches</translation>
    </message>
</context>
<context>
    <name>ComplaintMatcher</name>
    <message>
        <source>No plate given: nothing to match.</source>
        <translation>No plate given: nothing to match.</translation>
    </message>
    <message>
        <source>%1 is not an official car of the registry.</source>
        <translation>%1 is not an official car of the registry.</translation>
    </message>
    <message>
        <source>%1 belongs to %2; no time given, so no trip to match.</source>
        <translation>%1 belongs to %2; no time given, so no trip to match.</translation>
    </message>
    <message>
        <source>At %1 %2 was on dispatch order %3 for %4 (to %5, %6).</source>
        <translation>At %1 %2 was on dispatch order %3 for %4 (to %5, %6).</translation>
    </message>
    <message>
        <source>no destination named</source>
        <translation>no destination named</translation>
    </message>
    <message>
        <source>no purpose given</source>
        <translation>no purpose given</translation>
    </message>
    <message>
        <source>At %1 %2 was on no dispatch order; the nearest is %3.</source>
        <translation>At %1 %2 was on no dispatch order; the nearest is %3.</translation>
    </message>
    <message>
        <source>At %1 %2 was on no dispatch order within two hours.</source>
        <translation>At %1 %2 was on no dispatch order within two hours.</translation>
    </message>
    <message>
        <source>Its track has a fix at %1 (%2, %3).</source>
        <translation>Its track has a fix at %1 (%2, %3).</translation>
    </message>
    <message>
        <source>That is %1 km from the place the caller named.</source>
        <translation>That is %1 km from the place the caller named.</translation>
    </message>
    <message>
        <source>Its track has no fix within 15 minutes of that time.</source>
        <translation>Its track has no fix within 15 minutes of that time.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflict: %1 %2</source>
        <translation>Sync conflict: %1 %2</translation>
    </message>
    <message>
        <source>This %1 was changed on the server as well. Choose which version stays.</source>
        <translation>This %1 was changed on the server as well. Choose which version stays.</translation>
    </message>
    <message>
        <source>The server refused this change of the %1.</source>
        <translation>The server refused this change of the %1.</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1</source>
        <translation>The server&apos;s reason: %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Send this desk&apos;s version again; it replaces the server&apos;s.</source>
        <translation>Send this desk&apos;s version again; it replaces the server&apos;s.</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>The server does not have it: remove it here.</source>
        <translation>The server does not have it: remove it here.</translation>
    </message>
    <message>
        <source>Replace this desk&apos;s version with the server&apos;s.</source>
        <translation>Replace this desk&apos;s version with the server&apos;s.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>not on the server</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine (this desk)</source>
        <translation>Mine (this desk)</translation>
    </message>
    <message>
        <source>Theirs (the server)</source>
        <translation>Theirs (the server)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>text after the closing quote</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-8 character (byte 0x%1): it looks cut short</source>
        <translation>the file ends in the middle of a UTF-8 character (byte 0x%1): it looks cut short</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8 or GB18030, so the file&apos;s encoding is unknown; save it as UTF-8</source>
        <translation>byte 0x%1 is not valid UTF-8 or GB18030, so the file&apos;s encoding is unknown; save it as UTF-8</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: not a FleetDesk database: %2</source>
        <translation>%1: not a FleetDesk database: %2</translation>
    </message>
    <message>
        <source>%1: written by a newer FleetDesk (schema %2, this one knows %3)</source>
        <translation>%1: written by a newer FleetDesk (schema %2, this one knows %3)</translation>
    </message>
    <message>
        <source>%1: upgrade to schema %2 failed: %3</source>
        <translation>%1: upgrade to schema %2 failed: %3</translation>
    </message>
    <message>
        <source>%1: upgrade to schema %2 could not be saved: %3</source>
        <translation>%1: upgrade to schema %2 could not be saved: %3</translation>
    </message>
    <message>
        <source>it holds tables of another program (%1)</source>
        <translation>it holds tables of another program (%1)</translation>
    </message>
    <message>
        <source>schema %1 without FleetDesk&apos;s tables</source>
        <translation>schema %1 without FleetDesk&apos;s tables</translation>
    </message>
    <message>
        <source>%1: not a database file: FleetDesk keeps its records in a file on disk, named by its path</source>
        <translation>%1: not a database file: FleetDesk keeps its records in a file on disk, named by its path</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: not a file</translation>
    </message>
    <message>
        <source>%1: the file is read-only and has schema %2; this FleetDesk reads schema %3 once it has upgraded the file, which needs write access</source>
        <translation>%1: the file is read-only and has schema %2; this FleetDesk reads schema %3 once it has upgraded the file, which needs write access</translation>
    </message>
    <message>
        <source>%1: the file is read-only, and this needs to write to it</source>
        <translation>%1: the file is read-only, and this needs to write to it</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>demo data: %1 agencies, %2 vehicles, %3 drivers, %4 fuel cards, %5 stations, %6 geofences</source>
        <translation>demo data: %1 agencies, %2 vehicles, %3 drivers, %4 fuel cards, %5 stations, %6 geofences</translation>
    </message>
    <message>
        <source>operations: %1 dispatch orders, %2 fixes, %3 refuels, %4 violations, %5 maintenance entries</source>
        <translation>operations: %1 dispatch orders, %2 fixes, %3 refuels, %4 violations, %5 maintenance entries</translation>
    </message>
    <message>
        <source>%1 records and %2 fixes added or changed</source>
        <translation>%1 records and %2 fixes added or changed</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>demo %1, record %2: %3</source>
        <translation>demo %1, record %2: %3</translation>
    </message>
    <message>
        <source>demo: the database cannot be written: %1</source>
        <translation>demo: the database cannot be written: %1</translation>
    </message>
    <message>
        <source>demo: could not be saved: %1</source>
        <translation>demo: could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>DispatchActions</name>
    <message>
        <source>Signed in as %1, you may look at the board but not dispatch.</source>
        <translation>Signed in as %1, you may look at the board but not dispatch.</translation>
    </message>
    <message>
        <source>%1 cannot take request %2:
%3</source>
        <translation>%1 cannot take request %2:
%3</translation>
    </message>
    <message>
        <source>Request %1 was not dispatched:
%2</source>
        <translation>Request %1 was not dispatched:
%2</translation>
    </message>
    <message>
        <source>Request %1 dispatched: %2 with driver %3.</source>
        <translation>Request %1 dispatched: %2 with driver %3.</translation>
    </message>
    <message>
        <source>New trip request</source>
        <translation>New trip request</translation>
    </message>
    <message>
        <source>Map…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <source>Pick from the agency&apos;s usual places, the county seats, or a click on the map</source>
        <translation>Pick from the agency&apos;s usual places, the county seats, or a click on the map</translation>
    </message>
    <message>
        <source>Request %1 submitted.</source>
        <translation>Request %1 submitted.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) dispatched.</source>
        <translation>
            <numerusform>%n request dispatched.</numerusform>
            <numerusform>%n requests dispatched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was dispatched:
%1</source>
        <translation>Nothing was dispatched:
%1</translation>
    </message>
    <message>
        <source>Nothing was dispatched: the day changed since the plan was made.
%1</source>
        <translation>Nothing was dispatched: the day changed since the plan was made.
%1</translation>
    </message>
    <message>
        <source>No referral providers are set (Settings, Dispatch).</source>
        <translation>No referral providers are set (Settings, Dispatch).</translation>
    </message>
    <message>
        <source>Request %1 referred to %2.</source>
        <translation>Request %1 referred to %2.</translation>
    </message>
    <message>
        <source>Dispatch order %1</source>
        <translation>Dispatch order %1</translation>
    </message>
    <message>
        <source>Print dispatch order %1</source>
        <translation>Print dispatch order %1</translation>
    </message>
    <message>
        <source>The dispatch order was not printed: %1</source>
        <translation>The dispatch order was not printed: %1</translation>
    </message>
    <message>
        <source>Dispatch order %1 sent to %2.</source>
        <translation>Dispatch order %1 sent to %2.</translation>
    </message>
    <message>
        <source>Save dispatch order %1</source>
        <translation>Save dispatch order %1</translation>
    </message>
    <message>
        <source>dispatch-order-%1.pdf</source>
        <translation>dispatch-order-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The dispatch order was not written: %1</source>
        <translation>The dispatch order was not written: %1</translation>
    </message>
    <message>
        <source>Dispatch order %1 saved as %2.</source>
        <translation>Dispatch order %1 saved as %2.</translation>
    </message>
    <message>
        <source>Request %1 approved.</source>
        <translation>Request %1 approved.</translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation>Reject request %1</translation>
    </message>
    <message>
        <source>Why is the request rejected? The applicant reads this.</source>
        <translation>Why is the request rejected? The applicant reads this.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Request %1 rejected.</translation>
    </message>
    <message>
        <source>Cancel request %1</source>
        <translation>Cancel request %1</translation>
    </message>
    <message>
        <source>Why is the request cancelled?</source>
        <translation>Why is the request cancelled?</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>Request %1 cancelled.</source>
        <translation>Request %1 cancelled.</translation>
    </message>
    <message>
        <source>Dispatch order %1 was not moved:
%2</source>
        <translation>Dispatch order %1 was not moved:
%2</translation>
    </message>
    <message>
        <source>Dispatch order %1 moved to %2, %3–%4.</source>
        <translation>Dispatch order %1 moved to %2, %3–%4.</translation>
    </message>
    <message>
        <source>Departure of %1</source>
        <translation>Departure of %1</translation>
    </message>
    <message>
        <source>Departure of %1 recorded.</source>
        <translation>Departure of %1 recorded.</translation>
    </message>
    <message>
        <source>Return of %1</source>
        <translation>Return of %1</translation>
    </message>
    <message>
        <source>Return of %1 recorded: %2 km driven.</source>
        <translation>Return of %1 recorded: %2 km driven.</translation>
    </message>
    <message>
        <source>Request %1 settled.</source>
        <translation>Request %1 settled.</translation>
    </message>
    <message>
        <source>Why is the trip cancelled? The car and the driver become free again.</source>
        <translation>Why is the trip cancelled? The car and the driver become free again.</translation>
    </message>
    <message>
        <source>Cancel trip</source>
        <translation>Cancel trip</translation>
    </message>
    <message>
        <source>Request %1 cancelled; its order is withdrawn.</source>
        <translation>Request %1 cancelled; its order is withdrawn.</translation>
    </message>
</context>
<context>
    <name>DispatchAllCommand</name>
    <message>
        <source>The day whose approved requests dispatch-all plans, YYYY-MM-DD.</source>
        <translation>The day whose approved requests dispatch-all plans, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>dispatch-all: store the plan, not only print it.</source>
        <translation>dispatch-all: store the plan, not only print it.</translation>
    </message>
    <message>
        <source>no approved requests on %1</source>
        <translation>no approved requests on %1</translation>
    </message>
    <message>
        <source>plan for %1: %2 assigned, %3 unassigned, total cost %4 (%5)</source>
        <translation>plan for %1: %2 assigned, %3 unassigned, total cost %4 (%5)</translation>
    </message>
    <message numerus="yes">
        <source>optimal, %n node(s) searched</source>
        <translation>
            <numerusform>optimal, %n node searched</numerusform>
            <numerusform>optimal, %n nodes searched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>best found; the search stopped after %n node(s)</source>
        <translation>
            <numerusform>best found; the search stopped after %n node</numerusform>
            <numerusform>best found; the search stopped after %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>, at most %1 above the optimum</source>
        <translation>, at most %1 above the optimum</translation>
    </message>
    <message>
        <source>vehicle %1, driver %2</source>
        <translation>vehicle %1, driver %2</translation>
    </message>
    <message>
        <source>%1  unassigned: %2</source>
        <translation>%1  unassigned: %2</translation>
    </message>
    <message>
        <source>nothing was stored:</source>
        <translation>nothing was stored:</translation>
    </message>
    <message numerus="yes">
        <source>stored %n dispatch order(s)</source>
        <translation>
            <numerusform>stored %n dispatch order</numerusform>
            <numerusform>stored %n dispatch orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatchAllDialog</name>
    <message>
        <source>Dispatch all requests of %1</source>
        <translation>Dispatch all requests of %1</translation>
    </message>
    <message>
        <source>Planning the day&apos;s approved requests…</source>
        <translation>Planning the day&apos;s approved requests…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No approved request is waiting for a car on %1.</source>
        <translation>No approved request is waiting for a car on %1.</translation>
    </message>
    <message>
        <source>This is the cheapest plan the booking rules allow (proven).</source>
        <translation>This is the cheapest plan the booking rules allow (proven).</translation>
    </message>
    <message>
        <source>The search stopped at its limit: the best plan found, at most %1 above the cheapest.</source>
        <translation>The search stopped at its limit: the best plan found, at most %1 above the cheapest.</translation>
    </message>
    <message>
        <source>The search stopped at its limit: the best plan found.</source>
        <translation>The search stopped at its limit: the best plan found.</translation>
    </message>
    <message>
        <source>The others stay in the queue; the red rows say why.</source>
        <translation>The others stay in the queue; the red rows say why.</translation>
    </message>
    <message numerus="yes">
        <source>Dispatch %n request(s)</source>
        <translation>
            <numerusform>Dispatch %n request</numerusform>
            <numerusform>Dispatch %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>No plan could be made: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) get a car and a driver, total cost %2. %3</source>
        <translation>
            <numerusform>%1 of %n request gets a car and a driver, total cost %2. %3</numerusform>
            <numerusform>%1 of %n requests get a car and a driver, total cost %2. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>Dispatch board</source>
        <translation>Dispatch board</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Driver: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Request: %1</translation>
    </message>
    <message>
        <source>Car: %1 %2 (%3)</source>
        <translation>Car: %1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>DispatchBoardData</name>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>On the road</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Order without request</source>
        <translation>Order without request</translation>
    </message>
</context>
<context>
    <name>DispatchCommand</name>
    <message>
        <source>The driver&apos;s code.</source>
        <translation>The driver&apos;s code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Hours this month</source>
        <translation>Hours this month</translation>
    </message>
    <message>
        <source>Dispatch request %1</source>
        <translation>Dispatch request %1</translation>
    </message>
    <message>
        <source>Free cars, best first:</source>
        <translation>Free cars, best first:</translation>
    </message>
    <message>
        <source>Car:</source>
        <translation>Car:</translation>
    </message>
    <message>
        <source>Drivers free in this window whose licence covers the car:</source>
        <translation>Drivers free in this window whose licence covers the car:</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>No car is free for this request.</source>
        <translation>No car is free for this request.</translation>
    </message>
    <message>
        <source>No driver is free in this window with the licence %1 needs.</source>
        <translation>No driver is free in this window with the licence %1 needs.</translation>
    </message>
    <message>
        <source>idle a week or more</source>
        <translation>idle a week or more</translation>
    </message>
    <message numerus="yes">
        <source>idle %n day(s)</source>
        <translation>
            <numerusform>idle %n day</numerusform>
            <numerusform>idle %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>back from a trip today</source>
        <translation>back from a trip today</translation>
    </message>
    <message>
        <source>the agency&apos;s own car</source>
        <translation>the agency&apos;s own car</translation>
    </message>
    <message>
        <source>pool car</source>
        <translation>pool car</translation>
    </message>
    <message>
        <source>another agency&apos;s car</source>
        <translation>another agency&apos;s car</translation>
    </message>
    <message numerus="yes">
        <source>%1 seats for %n passenger(s)</source>
        <translation>
            <numerusform>%1 seats for %n passenger</numerusform>
            <numerusform>%1 seats for %n passengers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h booked this month</source>
        <translation>%1 h booked this month</translation>
    </message>
    <message>
        <source>Score %1 (lower ranks first) = agency %2 + spare seats %3 + hours booked %4 − idle days %5</source>
        <translation>Score %1 (lower ranks first) = agency %2 + spare seats %3 + hours booked %4 − idle days %5</translation>
    </message>
    <message>
        <source>Why it ranks here</source>
        <translation>Why it ranks here</translation>
    </message>
    <message>
        <source>Last trip</source>
        <translation>Last trip</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Agency: %1</translation>
    </message>
    <message>
        <source>Time: %1 – %2</source>
        <translation>Time: %1 – %2</translation>
    </message>
    <message>
        <source>Passengers: %1</source>
        <translation>Passengers: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destination: %1</translation>
    </message>
    <message>
        <source>The agency&apos;s own cars come first, then pool cars, then other agencies&apos;; among those, the fewest empty seats, the fewest hours booked this month and the longest idle. Cars whose seats are not recorded are not offered for passengers.</source>
        <translation>The agency&apos;s own cars come first, then pool cars, then other agencies&apos;; among those, the fewest empty seats, the fewest hours booked this month and the longest idle. Cars whose seats are not recorded are not offered for passengers.</translation>
    </message>
</context>
<context>
    <name>DispatchOrder</name>
    <message>
        <source>dispatch order %1 does not exist</source>
        <translation>dispatch order %1 does not exist</translation>
    </message>
</context>
<context>
    <name>DispatchOrderPrinter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 → %2 → back</source>
        <translation>%1 → %2 → back</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>Dispatch order</translation>
    </message>
    <message>
        <source>Order number: %1</source>
        <translation>Order number: %1</translation>
    </message>
    <message>
        <source>Request number: %1</source>
        <translation>Request number: %1</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Trip</translation>
    </message>
    <message>
        <source>Applicant agency</source>
        <translation>Applicant agency</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Passengers</translation>
    </message>
    <message>
        <source>Trip type</source>
        <translation>Trip type</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Navigation mileage</source>
        <translation>Navigation mileage</translation>
    </message>
    <message>
        <source>Vehicle and driver</source>
        <translation>Vehicle and driver</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>Driver&apos;s phone</translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation>Licence class</translation>
    </message>
    <message>
        <source>Departure and return</source>
        <translation>Departure and return</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Odometer out (km)</source>
        <translation>Odometer out (km)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Odometer in (km)</source>
        <translation>Odometer in (km)</translation>
    </message>
    <message>
        <source>Km driven</source>
        <translation>Km driven</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>Passenger</translation>
    </message>
    <message>
        <source>Printed %1 by FleetDesk</source>
        <translation>Printed %1 by FleetDesk</translation>
    </message>
    <message>
        <source>cannot draw on the page</source>
        <translation>cannot draw on the page</translation>
    </message>
    <message>
        <source>Dispatch order %1</source>
        <translation>Dispatch order %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>Ctrl+wheel or +/− zooms; arrow keys move between cars and through time; Home goes to now.</source>
        <translation>Ctrl+wheel or +/− zooms; arrow keys move between cars and through time; Home goes to now.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Plate, model or agency…</source>
        <translation>Plate, model or agency…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Waiting for a car</source>
        <translation>Waiting for a car</translation>
    </message>
    <message>
        <source>Drag a request onto a car&apos;s row, or select it and press Enter.</source>
        <translation>Drag a request onto a car&apos;s row, or select it and press Enter.</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Cancel request…</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>Waiting for approval (%1)</translation>
    </message>
    <message>
        <source>Waiting for a car (%1)</source>
        <translation>Waiting for a car (%1)</translation>
    </message>
    <message>
        <source>Departed…</source>
        <translation>Departed…</translation>
    </message>
    <message>
        <source>Returned…</source>
        <translation>Returned…</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Select a dispatch order on the board to record its departure and return.</source>
        <translation>Select a dispatch order on the board to record its departure and return.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4–%5 · %6</source>
        <translation>%1 · %2 · %3 · %4–%5 · %6</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>Refer the trip to a social platform (报备): tinted rows are those the local rules suggest</source>
        <translation>Refer the trip to a social platform (报备): tinted rows are those the local rules suggest</translation>
    </message>
    <message>
        <source>Dispatch all…</source>
        <translation>Dispatch all…</translation>
    </message>
    <message>
        <source>Every approved request of the day shown, at once: the cheapest plan the rules allow</source>
        <translation>Every approved request of the day shown, at once: the cheapest plan the rules allow</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Who took each step of this trip&apos;s request, and when</source>
        <translation>Who took each step of this trip&apos;s request, and when</translation>
    </message>
    <message>
        <source>Print order</source>
        <translation>Print order</translation>
    </message>
    <message>
        <source>The dispatch order (派车单): print it to sign, or save it as a PDF</source>
        <translation>The dispatch order (派车单): print it to sign, or save it as a PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Vehicle file…</source>
        <translation>Vehicle file…</translation>
    </message>
</context>
<context>
    <name>DispatchPlanner</name>
    <message>
        <source>the request does not exist</source>
        <translation>the request does not exist</translation>
    </message>
    <message>
        <source>the request is %1, not approved</source>
        <translation>the request is %1, not approved</translation>
    </message>
    <message numerus="yes">
        <source>every car with room for %n passenger(s) and the driver is booked then</source>
        <translation>
            <numerusform>every car with room for %n passenger and the driver is booked then</numerusform>
            <numerusform>every car with room for %n passengers and the driver is booked then</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no car in service has room for %n passenger(s) and the driver</source>
        <translation>
            <numerusform>no car in service has room for %n passenger and the driver</numerusform>
            <numerusform>no car in service has room for %n passengers and the driver</numerusform>
        </translation>
    </message>
    <message>
        <source>no driver on duty is free then</source>
        <translation>no driver on duty is free then</translation>
    </message>
    <message>
        <source>the free cars need a %1 licence, which no free driver holds</source>
        <translation>the free cars need a %1 licence, which no free driver holds</translation>
    </message>
    <message>
        <source>the cars and drivers free for it are needed by other requests of this batch</source>
        <translation>the cars and drivers free for it are needed by other requests of this batch</translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>request %1 does not exist</source>
        <translation>request %1 does not exist</translation>
    </message>
    <message>
        <source>request %1: %2</source>
        <translation>request %1: %2</translation>
    </message>
    <message>
        <source>request %1: a reason is needed to %2 it</source>
        <translation>request %1: a reason is needed to %2 it</translation>
    </message>
    <message>
        <source>the database is busy: %1</source>
        <translation>the database is busy: %1</translation>
    </message>
    <message>
        <source>vehicle %1 does not exist</source>
        <translation>vehicle %1 does not exist</translation>
    </message>
    <message>
        <source>driver %1 does not exist</source>
        <translation>driver %1 does not exist</translation>
    </message>
    <message>
        <source>the booking could not be saved: %1</source>
        <translation>the booking could not be saved: %1</translation>
    </message>
    <message>
        <source>request %1: the odometer reads less than at departure (%2 km)</source>
        <translation>request %1: the odometer reads less than at departure (%2 km)</translation>
    </message>
    <message>
        <source>dispatch order %1 does not exist</source>
        <translation>dispatch order %1 does not exist</translation>
    </message>
    <message>
        <source>dispatch order %1 is already on the road and can no longer be moved</source>
        <translation>dispatch order %1 is already on the road and can no longer be moved</translation>
    </message>
    <message>
        <source>dispatch order %1 has no driver</source>
        <translation>dispatch order %1 has no driver</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>the change could not be saved: %1</translation>
    </message>
    <message>
        <source>request %1: name the service it is referred to</source>
        <translation>request %1: name the service it is referred to</translation>
    </message>
    <message>
        <source>request %1: a reason is needed to refer it</source>
        <translation>request %1: a reason is needed to refer it</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>the plan could not be saved: %1</source>
        <translation>the plan could not be saved: %1</translation>
    </message>
    <message>
        <source>the plan could not be saved</source>
        <translation>the plan could not be saved</translation>
    </message>
    <message>
        <source>the request could not be saved: %1</source>
        <translation>the request could not be saved: %1</translation>
    </message>
    <message>
        <source>request %1 could not be saved: %2</source>
        <translation>request %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>the cancellation could not be saved: %1</source>
        <translation>the cancellation could not be saved: %1</translation>
    </message>
    <message>
        <source>request %1 has no dispatch order</source>
        <translation>request %1 has no dispatch order</translation>
    </message>
    <message>
        <source>the departure could not be saved: %1</source>
        <translation>the departure could not be saved: %1</translation>
    </message>
    <message>
        <source>the return could not be saved: %1</source>
        <translation>the return could not be saved: %1</translation>
    </message>
    <message>
        <source>the referral could not be saved: %1</source>
        <translation>the referral could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>DispatchSuggestions</name>
    <message numerus="yes">
        <source>%1 has no recorded number of seats; %n passenger(s) may not fit</source>
        <translation>
            <numerusform>%1 has no recorded number of seats; %n passenger may not fit</numerusform>
            <numerusform>%1 has no recorded number of seats; %n passengers may not fit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuePlansModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Due at</translation>
    </message>
    <message>
        <source>How far</source>
        <translation>How far</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1: %2 records written</source>
        <translation>%1: %2 records written</translation>
    </message>
    <message>
        <source>The vehicle&apos;s plate (positions of one car).</source>
        <translation>The vehicle&apos;s plate (positions of one car).</translation>
    </message>
    <message>
        <source>PLATE</source>
        <translation>PLATE</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (Beijing time).</source>
        <translation>First day, YYYY-MM-DD (Beijing time).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day, inclusive, YYYY-MM-DD.</source>
        <translation>Last day, inclusive, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--plate, --from and --to select positions only</source>
        <translation>--plate, --from and --to select positions only</translation>
    </message>
    <message>
        <source>%1: positions are exported as CSV or GPX (a month of tracks exceeds a workbook&apos;s rows)</source>
        <translation>%1: positions are exported as CSV or GPX (a month of tracks exceeds a workbook&apos;s rows)</translation>
    </message>
    <message>
        <source>--plate needs a plate</source>
        <translation>--plate needs a plate</translation>
    </message>
    <message>
        <source>--%1 is a date as YYYY-MM-DD, not %2</source>
        <translation>--%1 is a date as YYYY-MM-DD, not %2</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to is before --from</translation>
    </message>
    <message>
        <source>%1: %2 fixes written</source>
        <translation>%1: %2 fixes written</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>no file to export to</source>
        <translation>no file to export to</translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, device or pipe); export to a file</source>
        <translation>%1: not a regular file (a folder, device or pipe); export to a file</translation>
    </message>
    <message>
        <source>%1: this is the open database %2; export to another file</source>
        <translation>%1: this is the open database %2; export to another file</translation>
    </message>
</context>
<context>
    <name>FeedCommand</name>
    <message>
        <source>First day, YYYY-MM-DD (Beijing time).</source>
        <translation>First day, YYYY-MM-DD (Beijing time).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Deliver the feed to the discipline-inspection platform over HTTPS.</source>
        <translation>Deliver the feed to the discipline-inspection platform over HTTPS.</translation>
    </message>
    <message>
        <source>The platform&apos;s HTTPS address (default: the settings&apos;).</source>
        <translation>The platform&apos;s HTTPS address (default: the settings&apos;).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A CA certificate (PEM) to trust besides the system&apos;s.</source>
        <translation>A CA certificate (PEM) to trust besides the system&apos;s.</translation>
    </message>
    <message>
        <source>feed: cannot write %1: %2</source>
        <translation>feed: cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n record(s))</source>
        <translation>
            <numerusform>wrote %1 (%n record)</numerusform>
            <numerusform>wrote %1 (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <source>feed: no endpoint: give --endpoint or set feed/endpoint in the settings</source>
        <translation>feed: no endpoint: give --endpoint or set feed/endpoint in the settings</translation>
    </message>
    <message>
        <source>feed: cannot read %1: %2</source>
        <translation>feed: cannot read %1: %2</translation>
    </message>
    <message>
        <source>feed: %1 holds no PEM certificate</source>
        <translation>feed: %1 holds no PEM certificate</translation>
    </message>
    <message>
        <source>feed: %1 delivered, %2 delivered before, %3 requests</source>
        <translation>feed: %1 delivered, %2 delivered before, %3 requests</translation>
    </message>
</context>
<context>
    <name>FeedSender</name>
    <message>
        <source>%1 refused record %2: HTTP %3 %4</source>
        <translation>%1 refused record %2: HTTP %3 %4</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for record %3</source>
        <translation>%1 answered HTTP %2 for record %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the feed&apos;s endpoint must be an https:// address, not %1</source>
        <translation>the feed&apos;s endpoint must be an https:// address, not %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n tries)</source>
        <translation>
            <numerusform>%1 (gave up after %n try)</numerusform>
            <numerusform>%1 (gave up after %n tries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Bound plate</source>
        <translation>Bound plate</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Agency code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>BeiDou terminal</source>
        <translation>BeiDou terminal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Driver code</source>
        <translation>Driver code</translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation>Licence class</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Limited to plates</source>
        <translation>Limited to plates</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Booked from</source>
        <translation>Booked from</translation>
    </message>
    <message>
        <source>Booked until</source>
        <translation>Booked until</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Destination latitude</source>
        <translation>Destination latitude</translation>
    </message>
    <message>
        <source>Destination longitude</source>
        <translation>Destination longitude</translation>
    </message>
    <message>
        <source>Navigation km</source>
        <translation>Navigation km</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Trip type</source>
        <translation>Trip type</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>Odometer out</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Odometer in</source>
        <translation>Odometer in</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>Fuel card</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation>Fuel station</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>Litres</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Odometer km</source>
        <translation>Odometer km</translation>
    </message>
    <message>
        <source>Violation code</source>
        <translation>Violation code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Repair shop</source>
        <translation>Repair shop</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Request number</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Passengers</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Origin latitude</source>
        <translation>Origin latitude</translation>
    </message>
    <message>
        <source>Origin longitude</source>
        <translation>Origin longitude</translation>
    </message>
    <message>
        <source>Navigation km from</source>
        <translation>Navigation km from</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>Dispatch order</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Referral reason</source>
        <translation>Referral reason</translation>
    </message>
    <message>
        <source>Referred at</source>
        <translation>Referred at</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Charge (yuan)</source>
        <translation>Charge (yuan)</translation>
    </message>
    <message>
        <source>Adjusted charge (yuan)</source>
        <translation>Adjusted charge (yuan)</translation>
    </message>
    <message>
        <source>Adjustment reason</source>
        <translation>Adjustment reason</translation>
    </message>
    <message>
        <source>Designated shop</source>
        <translation>Designated shop</translation>
    </message>
    <message>
        <source>Shop code</source>
        <translation>Shop code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>Contract from</translation>
    </message>
    <message>
        <source>Contract until</source>
        <translation>Contract until</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Every km</source>
        <translation>Every km</translation>
    </message>
    <message>
        <source>Every months</source>
        <translation>Every months</translation>
    </message>
    <message>
        <source>Last done on</source>
        <translation>Last done on</translation>
    </message>
    <message>
        <source>Last done at km</source>
        <translation>Last done at km</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Complaint number</source>
        <translation>Complaint number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Caller&apos;s account</source>
        <translation>Caller&apos;s account</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Seen at</translation>
    </message>
    <message>
        <source>In the shop until</source>
        <translation>In the shop until</translation>
    </message>
</context>
<context>
    <name>FinanceComparison</name>
    <message>
        <source>Billed, not paid</source>
        <translation>Billed, not paid</translation>
    </message>
    <message>
        <source>Paid, not billed</source>
        <translation>Paid, not billed</translation>
    </message>
    <message>
        <source>Paid a different amount</source>
        <translation>Paid a different amount</translation>
    </message>
    <message>
        <source>Paid by an agency with no trip</source>
        <translation>Paid by an agency with no trip</translation>
    </message>
    <message>
        <source>Finance comparison for %1</source>
        <translation>Finance comparison for %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Billed (yuan)</source>
        <translation>Billed (yuan)</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>Difference (yuan)</source>
        <translation>Difference (yuan)</translation>
    </message>
    <message>
        <source>The finance office&apos;s payments match the month&apos;s bills.</source>
        <translation>The finance office&apos;s payments match the month&apos;s bills.</translation>
    </message>
</context>
<context>
    <name>FinanceComparisonDialog</name>
    <message>
        <source>Finance comparison for %1</source>
        <translation>Finance comparison for %1</translation>
    </message>
    <message>
        <source>The finance office&apos;s payments in %1 against the trips billed for %2.</source>
        <translation>The finance office&apos;s payments in %1 against the trips billed for %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>finance-comparison-%1.xlsx</source>
        <translation>finance-comparison-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>Could not read the records for the report: %1</source>
        <translation>Could not read the records for the report: %1</translation>
    </message>
    <message>
        <source>Not in the vehicle records</source>
        <translation>Not in the vehicle records</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>By agency</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>By vehicle category</source>
        <translation>By vehicle category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Nav km</source>
        <translation>Nav km</translation>
    </message>
    <message>
        <source>Tracked km</source>
        <translation>Tracked km</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>Litres</translation>
    </message>
    <message>
        <source>Fuel (yuan)</source>
        <translation>Fuel (yuan)</translation>
    </message>
    <message>
        <source>Repairs (yuan)</source>
        <translation>Repairs (yuan)</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Utilisation: hours booked per car per working day (%1 working days)</source>
        <translation>Utilisation: hours booked per car per working day (%1 working days)</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>Hours booked</translation>
    </message>
    <message>
        <source>Hours per working day</source>
        <translation>Hours per working day</translation>
    </message>
    <message>
        <source>Last trip</source>
        <translation>Last trip</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>No vehicles in service.</source>
        <translation>No vehicles in service.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence (JSON)</source>
        <translation>Evidence (JSON)</translation>
    </message>
    <message>
        <source>No findings in this period.</source>
        <translation>No findings in this period.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>History of %1 %2</translation>
    </message>
</context>
<context>
    <name>ImportAssistantDialog</name>
    <message>
        <source>Import assistant</source>
        <translation>Import assistant</translation>
    </message>
    <message>
        <source>%1 (%2, %3 rows)</source>
        <translation>%1 (%2, %3 rows)</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>For example: 中石化加油卡对账单</source>
        <translation>For example: 中石化加油卡对账单</translation>
    </message>
    <message>
        <source>The mapping is remembered under this name for the next statement from there</source>
        <translation>The mapping is remembered under this name for the next statement from there</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Choose the column of: %1</source>
        <translation>Choose the column of: %1</translation>
    </message>
    <message>
        <source>%1 rows would be refused (marked in red; the reason is in each cell&apos;s tooltip). Nothing is imported while any row is bad.</source>
        <translation>%1 rows would be refused (marked in red; the reason is in each cell&apos;s tooltip). Nothing is imported while any row is bad.</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>All %1 rows can be imported.</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Nothing was imported:
%1</translation>
    </message>
    <message>
        <source>All %1 rows can be read.</source>
        <translation>All %1 rows can be read.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The vehicle&apos;s plate (the car an NMEA log belongs to).</source>
        <translation>The vehicle&apos;s plate (the car an NMEA log belongs to).</translation>
    </message>
    <message>
        <source>PLATE</source>
        <translation>PLATE</translation>
    </message>
    <message>
        <source>%1: %2 records read, %3 added or changed</source>
        <translation>%1: %2 records read, %3 added or changed</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Drivers</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Fuel cards</source>
        <translation>Fuel cards</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>Fuel card</translation>
    </message>
    <message>
        <source>Fuel stations</source>
        <translation>Fuel stations</translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation>Fuel station</translation>
    </message>
    <message>
        <source>Geofences</source>
        <translation>Geofences</translation>
    </message>
    <message>
        <source>Geofence</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <source>Dispatch orders</source>
        <translation>Dispatch orders</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>Dispatch order</translation>
    </message>
    <message>
        <source>Refuels</source>
        <translation>Refuels</translation>
    </message>
    <message>
        <source>Refuel</source>
        <translation>Refuel</translation>
    </message>
    <message>
        <source>Traffic violations</source>
        <translation>Traffic violations</translation>
    </message>
    <message>
        <source>Traffic violation</source>
        <translation>Traffic violation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Maintenance entry</source>
        <translation>Maintenance entry</translation>
    </message>
    <message>
        <source>Trip requests</source>
        <translation>Trip requests</translation>
    </message>
    <message>
        <source>Trip request</source>
        <translation>Trip request</translation>
    </message>
    <message>
        <source>Repair shops</source>
        <translation>Repair shops</translation>
    </message>
    <message>
        <source>Repair shop</source>
        <translation>Repair shop</translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation>Maintenance plans</translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation>Maintenance plan</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Public complaints</source>
        <translation>Public complaints</translation>
    </message>
    <message>
        <source>Public complaint</source>
        <translation>Public complaint</translation>
    </message>
</context>
<context>
    <name>LedgerBook</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not read the %1 ledger: %2</source>
        <translation>Could not read the %1 ledger: %2</translation>
    </message>
    <message>
        <source>Refuel ledger</source>
        <translation>Refuel ledger</translation>
    </message>
    <message>
        <source>Violation ledger</source>
        <translation>Violation ledger</translation>
    </message>
    <message>
        <source>Repair ledger</source>
        <translation>Repair ledger</translation>
    </message>
    <message>
        <source>Payment ledger</source>
        <translation>Payment ledger</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>Fuel card</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>Litres</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Km since last fill</source>
        <translation>Km since last fill</translation>
    </message>
    <message>
        <source>L/100 km</source>
        <translation>L/100 km</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Repair shop</source>
        <translation>Repair shop</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>Odometer km</source>
        <translation>Odometer km</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1, on a trip then</source>
        <translation>%1, on a trip then</translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s), %1 yuan</source>
        <translation>
            <numerusform>%n repair, %1 yuan</numerusform>
            <numerusform>%n repairs, %1 yuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 yuan</source>
        <translation>
            <numerusform>%n payment, %1 yuan</numerusform>
            <numerusform>%n payments, %1 yuan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this ledger for the period and filter.</source>
        <translation>Nothing in this ledger for the period and filter.</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n)</source>
        <translation>
            <numerusform>Total (%n)</numerusform>
            <numerusform>Total (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuels by %1</source>
        <translation>Refuels by %1</translation>
    </message>
    <message>
        <source>Refuels</source>
        <translation>Refuels</translation>
    </message>
    <message>
        <source>No refuels to group.</source>
        <translation>No refuels to group.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <source>%n refuel(s), %1 L, %2 yuan</source>
        <translation>
            <numerusform>%n refuel, %1 L, %2 yuan</numerusform>
            <numerusform>%n refuels, %1 L, %2 yuan</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 L/100 km</source>
        <translation>, %1 L/100 km</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them with the driver of the trip at that time</source>
        <translation>
            <numerusform>, %n of them with the driver of the trip at that time</numerusform>
            <numerusform>, %n of them with the driver of the trip at that time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerJob</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>LedgerPane</name>
    <message>
        <source>The last day, included</source>
        <translation>The last day, included</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Only this vehicle&apos;s rows</source>
        <translation>Only this vehicle&apos;s rows</translation>
    </message>
    <message>
        <source>Only this agency&apos;s rows (a refuel counts for its card&apos;s agency, else its car&apos;s)</source>
        <translation>Only this agency&apos;s rows (a refuel counts for its card&apos;s agency, else its car&apos;s)</translation>
    </message>
    <message>
        <source>Only this driver&apos;s rows: the one recorded, else the one on a trip in the car then</source>
        <translation>Only this driver&apos;s rows: the one recorded, else the one on a trip in the car then</translation>
    </message>
    <message>
        <source>Totals by</source>
        <translation>Totals by</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>The rows shown, with their sums, as an Excel workbook</source>
        <translation>The rows shown, with their sums, as an Excel workbook</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>The rows shown, with their sums, as a PDF</source>
        <translation>The rows shown, with their sums, as a PDF</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>All vehicles</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>All drivers</source>
        <translation>All drivers</translation>
    </message>
    <message>
        <source>Nothing in this ledger from %1 to %2.
Choose another period, or add entries in the Entries tab.</source>
        <translation>Nothing in this ledger from %1 to %2.
Choose another period, or add entries in the Entries tab.</translation>
    </message>
    <message numerus="yes">
        <source>None of the period&apos;s %n row(s) match the filters.</source>
        <translation>
            <numerusform>The period&apos;s %n row does not match the filters.</numerusform>
            <numerusform>None of the period&apos;s %n rows match the filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>%1-%2.xlsx</source>
        <translation>%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Ledger written to %1.</source>
        <translation>Ledger written to %1.</translation>
    </message>
    <message>
        <source>Print ledger to PDF</source>
        <translation>Print ledger to PDF</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <translation>%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Ledger printed to %1.</source>
        <translation>Ledger printed to %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop reading; the rows shown stay as they are</source>
        <translation>Stop reading; the rows shown stay as they are</translation>
    </message>
    <message>
        <source>Reading %1 to %2…</source>
        <translation>Reading %1 to %2…</translation>
    </message>
    <message>
        <source>Reading cancelled: the rows shown are those of %1 to %2.</source>
        <translation>Reading cancelled: the rows shown are those of %1 to %2.</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing is shown.</source>
        <translation>Reading cancelled: nothing is shown.</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Reading the ledger…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Not read yet.</translation>
    </message>
</context>
<context>
    <name>MBTilesSource</name>
    <message>
        <source>The tile file %1 does not exist.</source>
        <translation>The tile file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file: %2</source>
        <translation>%1 is not an MBTiles file: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FleetDesk — official vehicle service platform</source>
        <translation>FleetDesk — official vehicle service platform</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Could not apply: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About FleetDesk</source>
        <translation>&amp;About FleetDesk</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline (no server configured)</source>
        <translation>Offline (no server configured)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Records are read-only for the %1 role.</source>
        <translation>Records are read-only for the %1 role.</translation>
    </message>
    <message>
        <source>%1 vehicles · %2 drivers · %3 agencies</source>
        <translation>%1 vehicles · %2 drivers · %3 agencies</translation>
    </message>
    <message>
        <source>Restart FleetDesk?</source>
        <translation>Restart FleetDesk?</translation>
    </message>
    <message>
        <source>The new language or database file takes effect after a restart. Restart now?</source>
        <translation>The new language or database file takes effect after a restart. Restart now?</translation>
    </message>
    <message>
        <source>About FleetDesk</source>
        <translation>About FleetDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;FleetDesk %1&lt;/b&gt;&lt;br&gt;The desktop of the official vehicle service platform: dispatch, records, trip review and supervision, working offline on its own database.</source>
        <translation>&lt;b&gt;FleetDesk %1&lt;/b&gt;&lt;br&gt;The desktop of the official vehicle service platform: dispatch, records, trip review and supervision, working offline on its own database.</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Trip review</source>
        <translation>Trip review</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Dispatch orders</source>
        <translation>Dispatch orders</translation>
    </message>
    <message>
        <source>Dispatch order %1 no longer exists.</source>
        <translation>Dispatch order %1 no longer exists.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Sign &amp;in to the server…</source>
        <translation>Sign &amp;in to the server…</translation>
    </message>
    <message>
        <source>Sign &amp;out of the server</source>
        <translation>Sign &amp;out of the server</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Sync &amp;conflicts…</translation>
    </message>
    <message>
        <source>Sign-in to the server failed</source>
        <translation>Sign-in to the server failed</translation>
    </message>
    <message>
        <source>Signed in to the server as %1</source>
        <translation>Signed in to the server as %1</translation>
    </message>
    <message>
        <source>Another role on the server</source>
        <translation>Another role on the server</translation>
    </message>
    <message>
        <source>The server knows %1 as %2. Restart FleetDesk as %1 (%2)?</source>
        <translation>The server knows %1 as %2. Restart FleetDesk as %1 (%2)?</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <source>Set the server&apos;s address (and its CA certificate, for the city&apos;s own authority) in Settings &gt; Server first.</source>
        <translation>Set the server&apos;s address (and its CA certificate, for the city&apos;s own authority) in Settings &gt; Server first.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline (not signed in)</source>
        <translation>Offline (not signed in)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Offline map: no tiles, graticule and district seats only</source>
        <translation>Offline map: no tiles, graticule and district seats only</translation>
    </message>
</context>
<context>
    <name>MoveCommand</name>
    <message>
        <source>New start of a moved dispatch order (keeps its length).</source>
        <translation>New start of a moved dispatch order (keeps its length).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>New end of a moved dispatch order.</source>
        <translation>New end of a moved dispatch order.</translation>
    </message>
    <message>
        <source>dispatch order %1 does not exist</source>
        <translation>dispatch order %1 does not exist</translation>
    </message>
    <message>
        <source>move: --start and --end take times like 2026-10-08 09:30</source>
        <translation>move: --start and --end take times like 2026-10-08 09:30</translation>
    </message>
</context>
<context>
    <name>OfflineBasemap</name>
    <message>
        <source>%1°E</source>
        <translation>%1°E</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>%1°W</translation>
    </message>
    <message>
        <source>%1°N</source>
        <translation>%1°N</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1°S</translation>
    </message>
</context>
<context>
    <name>OrderCommand</name>
    <message>
        <source>What the agency is to explain, or the text of a reply or acceptance.</source>
        <translation>What the agency is to explain, or the text of a reply or acceptance.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Why a request is rejected, cancelled or referred.</source>
        <translation>Why a request is rejected, cancelled or referred.</translation>
    </message>
    <message>
        <source>How an order is closed: confirmed, explained or not-established.</source>
        <translation>How an order is closed: confirmed, explained or not-established.</translation>
    </message>
    <message>
        <source>CONCLUSION</source>
        <translation>CONCLUSION</translation>
    </message>
    <message>
        <source>The day an order is to be answered by, YYYY-MM-DD (default: the settings&apos; working days).</source>
        <translation>The day an order is to be answered by, YYYY-MM-DD (default: the settings&apos; working days).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>A file sent with the agency&apos;s reply (repeatable).</source>
        <translation>A file sent with the agency&apos;s reply (repeatable).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>order reply: cannot read %1: %2</source>
        <translation>order reply: cannot read %1: %2</translation>
    </message>
    <message>
        <source>order show: no supervision order %1</source>
        <translation>order show: no supervision order %1</translation>
    </message>
    <message>
        <source>wrote %1 (supervision order %2%3)</source>
        <translation>wrote %1 (supervision order %2%3)</translation>
    </message>
    <message>
        <source>, no track to draw</source>
        <translation>, no track to draw</translation>
    </message>
    <message>
        <source>, with the track&apos;s map</source>
        <translation>, with the track&apos;s map</translation>
    </message>
</context>
<context>
    <name>PaymentFile</name>
    <message>
        <source>%1:%2:1: the header has no column %3</source>
        <translation>%1:%2:1: the header has no column %3</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PlacePickerDialog</name>
    <message>
        <source>Choose a place</source>
        <translation>Choose a place</translation>
    </message>
    <message numerus="yes">
        <source>%1 (used %n time(s))</source>
        <translation>
            <numerusform>%1 (used %n time)</numerusform>
            <numerusform>%1 (used %n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Latitude, longitude (WGS-84)</source>
        <translation>Latitude, longitude (WGS-84)</translation>
    </message>
    <message>
        <source>Offline map: %1</source>
        <translation>Offline map: %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not yet available in this version</source>
        <translation>Not yet available in this version</translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>The day to judge, YYYY-MM-DD (today in Beijing when absent).</source>
        <translation>The day to judge, YYYY-MM-DD (today in Beijing when absent).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
</context>
<context>
    <name>PlaybackControl</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Play or pause (Space)</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Time (Beijing)</source>
        <translation>Time (Beijing)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Distance since the first fix</source>
        <translation>Distance since the first fix</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Fit to one minute</source>
        <translation>Fit to one minute</translation>
    </message>
</context>
<context>
    <name>PositionExporter</name>
    <message>
        <source>%1: vehicle %2 does not exist</source>
        <translation>%1: vehicle %2 does not exist</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1: not written: %2</translation>
    </message>
</context>
<context>
    <name>PositionImporter</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>an NMEA or GPX track needs the vehicle&apos;s plate (--plate)</source>
        <translation>an NMEA or GPX track needs the vehicle&apos;s plate (--plate)</translation>
    </message>
    <message>
        <source>vehicle %1 does not exist</source>
        <translation>vehicle %1 does not exist</translation>
    </message>
    <message>
        <source>%1 sentences, %2 fixes; skipped: %3 bad checksum, %4 void, %5 malformed, %6 without a date</source>
        <translation>%1 sentences, %2 fixes; skipped: %3 bad checksum, %4 void, %5 malformed, %6 without a date</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>the header has no column %1</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message>
        <source>plate is required</source>
        <translation>plate is required</translation>
    </message>
    <message>
        <source>%1 is not a time like 2026-10-08T09:30:00+08:00</source>
        <translation>%1 is not a time like 2026-10-08T09:30:00+08:00</translation>
    </message>
    <message>
        <source>%1 is not a coordinate from %2 to %3</source>
        <translation>%1 is not a coordinate from %2 to %3</translation>
    </message>
    <message>
        <source>%1 is not a number from 0 to %2</source>
        <translation>%1 is not a number from 0 to %2</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation>could not be saved: %1</translation>
    </message>
    <message>
        <source>the file holds only zero bytes: not a file of positions</source>
        <translation>the file holds only zero bytes: not a file of positions</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8) and import it again</source>
        <translation>the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8) and import it again</translation>
    </message>
    <message>
        <source>no position fix in the file: %1 lines, %2 sentences; %3 bad checksum, %4 void (no satellite fix), %5 malformed, %6 without a date</source>
        <translation>no position fix in the file: %1 lines, %2 sentences; %3 bad checksum, %4 void (no satellite fix), %5 malformed, %6 without a date</translation>
    </message>
    <message>
        <source>no track point with a time in the file (%1 points without &lt;time&gt;)</source>
        <translation>no track point with a time in the file (%1 points without &lt;time&gt;)</translation>
    </message>
    <message>
        <source>this vehicle&apos;s fix at %1 is %2 m from its fix at the same instant on line %3</source>
        <translation>this vehicle&apos;s fix at %1 is %2 m from its fix at the same instant on line %3</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes: not a file of positions</source>
        <translation>the line is longer than %1 bytes: not a file of positions</translation>
    </message>
    <message>
        <source>byte 0x%1 is not UTF-8, as the lines before are</source>
        <translation>byte 0x%1 is not UTF-8, as the lines before are</translation>
    </message>
    <message>
        <source>byte 0x%1 is neither UTF-8 nor GB18030</source>
        <translation>byte 0x%1 is neither UTF-8 nor GB18030</translation>
    </message>
    <message>
        <source>byte 0x%1 is not GB18030, as the lines before are</source>
        <translation>byte 0x%1 is not GB18030, as the lines before are</translation>
    </message>
    <message>
        <source>%1 fixes repeat an earlier line&apos;s instant at the same place (within 1 m): one report sent twice, counted once (the first kept)</source>
        <translation>%1 fixes repeat an earlier line&apos;s instant at the same place (within 1 m): one report sent twice, counted once (the first kept)</translation>
    </message>
    <message>
        <source>%1 is outside the years 2000 to 2099</source>
        <translation>%1 is outside the years 2000 to 2099</translation>
    </message>
</context>
<context>
    <name>PrintOrderCommand</name>
    <message>
        <source>The dispatch order&apos;s number.</source>
        <translation>The dispatch order&apos;s number.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>print-order: no dispatch order %1</source>
        <translation>print-order: no dispatch order %1</translation>
    </message>
    <message>
        <source>print-order: cannot write %1</source>
        <translation>print-order: cannot write %1</translation>
    </message>
    <message>
        <source>wrote %1 (dispatch order %2)</source>
        <translation>wrote %1 (dispatch order %2)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>For example: the detour was ordered by the requesting agency (note no. …)</source>
        <translation>For example: the detour was ordered by the requesting agency (note no. …)</translation>
    </message>
    <message>
        <source>Write a reason first</source>
        <translation>Write a reason first</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>edit %1</source>
        <translation>edit %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>remove %1</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>%1: unknown kind %2</source>
        <translation>%1: unknown kind %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: cannot write</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: cannot replace the file</translation>
    </message>
    <message>
        <source>%1: positions are exported as CSV only (a month of tracks exceeds a workbook&apos;s rows)</source>
        <translation>%1: positions are exported as CSV only (a month of tracks exceeds a workbook&apos;s rows)</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 (%4) holds %5 characters; a workbook cell holds at most %6, so export it as CSV</source>
        <translation>%1: row %2, column %3 (%4) holds %5 characters; a workbook cell holds at most %6, so export it as CSV</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 cannot be written: %4</source>
        <translation>%1: row %2, column %3 cannot be written: %4</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Edit %1 %2</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>GeoJSON Polygon or MultiPolygon, [longitude, latitude] in WGS-84</source>
        <translation>GeoJSON Polygon or MultiPolygon, [longitude, latitude] in WGS-84</translation>
    </message>
    <message>
        <source>Load from a GeoJSON file…</source>
        <translation>Load from a GeoJSON file…</translation>
    </message>
    <message>
        <source>Geofence area</source>
        <translation>Geofence area</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>e.g. 苏F·A1234</source>
        <translation>e.g. 苏F·A1234</translation>
    </message>
    <message>
        <source>plates separated by commas; empty = all vehicles</source>
        <translation>plates separated by commas; empty = all vehicles</translation>
    </message>
    <message>
        <source>decimal degrees, WGS-84</source>
        <translation>decimal degrees, WGS-84</translation>
    </message>
    <message>
        <source>Discard what you entered in this form?</source>
        <translation>Discard what you entered in this form?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source>cannot import %1 (this version takes: %2)</source>
        <translation>cannot import %1 (this version takes: %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file is empty; a header row is needed</source>
        <translation>the file is empty; a header row is needed</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>the header has no column %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 does not exist</translation>
    </message>
    <message>
        <source>%1 repeats line %2</source>
        <translation>%1 repeats line %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection</source>
        <translation>not a GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>feature %1: properties.plates must be an array</source>
        <translation>feature %1: properties.plates must be an array</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>read as %1 (the file is not UTF-8); the first rows read: %2</source>
        <translation>read as %1 (the file is not UTF-8); the first rows read: %2</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation>feature %1 (%2)</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation>could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>RecordListPane</name>
    <message>
        <source>Search %1…</source>
        <translation>Search %1…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a new %1 (Ctrl+N)</source>
        <translation>Add a new %1 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or double-click)</source>
        <translation>Edit the selected record (Enter or double-click)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected record (Delete); it can be undone</source>
        <translation>Remove the selected record (Delete); it can be undone</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Who changed the selected record, and what</source>
        <translation>Who changed the selected record, and what</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import a file of %1</source>
        <translation>Import a file of %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export %1 to CSV or Excel</source>
        <translation>Export %1 to CSV or Excel</translation>
    </message>
    <message>
        <source>Show only one %1</source>
        <translation>Show only one %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>All: %1</translation>
    </message>
    <message>
        <source>No %1 yet.
Use Add to enter one, or Import to read a file.</source>
        <translation>No %1 yet.
Use Add to enter one, or Import to read a file.</translation>
    </message>
    <message>
        <source>No %1 yet.
An administrator adds them.</source>
        <translation>No %1 yet.
An administrator adds them.</translation>
    </message>
    <message>
        <source>No %1 match the search and filters.</source>
        <translation>No %1 match the search and filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown</source>
        <translation>
            <numerusform>%1 of %n record shown</numerusform>
            <numerusform>%1 of %n records shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Remove %1 %2? It stays in the history and the removal can be undone.</source>
        <translation>Remove %1 %2? It stays in the history and the removal can be undone.</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Cannot remove</translation>
    </message>
    <message>
        <source>%1 %2 cannot be removed: %3.</source>
        <translation>%1 %2 cannot be removed: %3.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>%1 has problems, so nothing was imported. Correct the file and import it again.</source>
        <translation>%1 has problems, so nothing was imported. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 added or changed.</source>
        <translation>%1: %2 read, %3 added or changed.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;Excel workbook (*.xlsx)</source>
        <translation>GeoJSON (*.geojson);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1: %2 records written.</source>
        <translation>%1: %2 records written.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation>Tables (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Vehicle file</source>
        <translation>Vehicle file</translation>
    </message>
    <message>
        <source>Driver file</source>
        <translation>Driver file</translation>
    </message>
    <message>
        <source>Trips, refuels, repairs, violations, findings and totals of the selected one</source>
        <translation>Trips, refuels, repairs, violations, findings and totals of the selected one</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>unknown kind of record</source>
        <translation>unknown kind of record</translation>
    </message>
    <message>
        <source>%1 %2 already exists</source>
        <translation>%1 %2 already exists</translation>
    </message>
    <message>
        <source>%1: the record it refers to does not exist</source>
        <translation>%1: the record it refers to does not exist</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation>could not be saved: %1</translation>
    </message>
    <message>
        <source>the record does not exist</source>
        <translation>the record does not exist</translation>
    </message>
    <message>
        <source>still referenced by %1: %2</source>
        <translation>still referenced by %1: %2</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>could not be read: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the change log could not be written: %1</source>
        <translation>the change log could not be written: %1</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>All vehicles</source>
        <translation>All vehicles</translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s), %1 points</source>
        <translation>
            <numerusform>%n polygon, %1 points</numerusform>
            <numerusform>%n polygons, %1 points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>not a GeoJSON geometry: %1</source>
        <translation>not a GeoJSON geometry: %1</translation>
    </message>
    <message>
        <source>geometry type %1 is not Polygon or MultiPolygon</source>
        <translation>geometry type %1 is not Polygon or MultiPolygon</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>the area has no polygon</source>
        <translation>the area has no polygon</translation>
    </message>
    <message>
        <source>a polygon has no ring</source>
        <translation>a polygon has no ring</translation>
    </message>
    <message>
        <source>a ring has %1 positions; at least 4 are needed</source>
        <translation>a ring has %1 positions; at least 4 are needed</translation>
    </message>
    <message>
        <source>a position is not [longitude, latitude]</source>
        <translation>a position is not [longitude, latitude]</translation>
    </message>
    <message>
        <source>position [%1, %2] is outside the range of longitude and latitude</source>
        <translation>position [%1, %2] is outside the range of longitude and latitude</translation>
    </message>
    <message>
        <source>a ring is not closed (its last position must equal its first)</source>
        <translation>a ring is not closed (its last position must equal its first)</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 is not a phone number</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3 to %4</source>
        <translation>%1 %2 is outside %3 to %4</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>%1 is not a plate like 苏F·A1234</source>
        <translation>%1 is not a plate like 苏F·A1234</translation>
    </message>
    <message>
        <source>the booked window ends before it starts</source>
        <translation>the booked window ends before it starts</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation>%1: %2 is not a whole number</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 is not a number</translation>
    </message>
    <message>
        <source>%1: %2 is not a date like 2026-10-08</source>
        <translation>%1: %2 is not a date like 2026-10-08</translation>
    </message>
    <message>
        <source>%1: %2 is not a time like 2026-10-08 09:30:00</source>
        <translation>%1: %2 is not a time like 2026-10-08 09:30:00</translation>
    </message>
    <message>
        <source>%1: %2 is outside the years 2000 to 2099</source>
        <translation>%1: %2 is outside the years 2000 to 2099</translation>
    </message>
    <message>
        <source>a ring crosses itself at [%1, %2] (its edges %3 and %4 meet): a polygon&apos;s edges may not cross</source>
        <translation>a ring crosses itself at [%1, %2] (its edges %3 and %4 meet): a polygon&apos;s edges may not cross</translation>
    </message>
    <message>
        <source>the stay in the shop ends before its first day</source>
        <translation>the stay in the shop ends before its first day</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>The refuel stations on a map, with this month&apos;s refuels and litres at each</source>
        <translation>The refuel stations on a map, with this month&apos;s refuels and litres at each</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer request %1</source>
        <translation>Refer request %1</translation>
    </message>
    <message>
        <source>Why the trip goes to the social platform (kept with the request)</source>
        <translation>Why the trip goes to the social platform (kept with the request)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Refer</translation>
    </message>
</context>
<context>
    <name>RefuelLedger</name>
    <message>
        <source>The refuel ledger could not read the dispatch orders of %1: %2</source>
        <translation>The refuel ledger could not read the dispatch orders of %1: %2</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>The dispatch order&apos;s number.</source>
        <translation>The dispatch order&apos;s number.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Image size, WxH (default 1024x768).</source>
        <translation>Image size, WxH (default 1024x768).</translation>
    </message>
    <message>
        <source>render: --size must be WxH with each side 64 to 8192 pixels, e.g. 1024x768</source>
        <translation>render: --size must be WxH with each side 64 to 8192 pixels, e.g. 1024x768</translation>
    </message>
    <message>
        <source>render: no task %1</source>
        <translation>render: no task %1</translation>
    </message>
    <message>
        <source>render: dispatch order %1 has no valid start and end</source>
        <translation>render: dispatch order %1 has no valid start and end</translation>
    </message>
    <message>
        <source>render: tile source ignored, drawing the offline basemap: %1</source>
        <translation>render: tile source ignored, drawing the offline basemap: %1</translation>
    </message>
    <message>
        <source>render: cannot write %1</source>
        <translation>render: cannot write %1</translation>
    </message>
    <message>
        <source>wrote %1 (%2x%3, %4 fixes, zoom %5%6)</source>
        <translation>wrote %1 (%2x%3, %4 fixes, zoom %5%6)</translation>
    </message>
    <message>
        <source>, offline basemap</source>
        <translation>, offline basemap</translation>
    </message>
    <message>
        <source>render: dispatch order %1 has no fixes in its window; only the destination is drawn</source>
        <translation>render: dispatch order %1 has no fixes in its window; only the destination is drawn</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Months from</source>
        <translation>Months from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>Export findings…</source>
        <translation>Export findings…</translation>
    </message>
    <message>
        <source>Every finding of the period with its evidence, as an Excel workbook</source>
        <translation>Every finding of the period with its evidence, as an Excel workbook</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>By agency</translation>
    </message>
    <message>
        <source>By vehicle category</source>
        <translation>By vehicle category</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Km (tracked and navigation)</source>
        <translation>Km (tracked and navigation)</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Fuel (litres)</source>
        <translation>Fuel (litres)</translation>
    </message>
    <message>
        <source>Cost (fuel and repairs, yuan)</source>
        <translation>Cost (fuel and repairs, yuan)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>%1 trips, %2 km tracked, cost %3 yuan (fuel and repairs; trip prices not included). Fleet utilisation: %4 h booked per car per working day (%5 cars, %6 working days, Monday to Friday). Idle cars: %7.</source>
        <translation>%1 trips, %2 km tracked, cost %3 yuan (fuel and repairs; trip prices not included). Fleet utilisation: %4 h booked per car per working day (%5 cars, %6 working days, Monday to Friday). Idle cars: %7.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hours booked per working day, busiest %1 cars</source>
        <translation>Hours booked per working day, busiest %1 cars</translation>
    </message>
    <message>
        <source>Fleet report</source>
        <translation>Fleet report</translation>
    </message>
    <message>
        <source>Months %1 to %2</source>
        <translation>Months %1 to %2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>/fleet-report.xlsx</source>
        <translation>/fleet-report.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Export findings</translation>
    </message>
    <message>
        <source>/findings.xlsx</source>
        <translation>/findings.xlsx</translation>
    </message>
    <message>
        <source>Findings written to %1.</source>
        <translation>Findings written to %1.</translation>
    </message>
    <message>
        <source>Print report to PDF</source>
        <translation>Print report to PDF</translation>
    </message>
    <message>
        <source>/fleet-report.pdf</source>
        <translation>/fleet-report.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report printed to %1.</source>
        <translation>Report printed to %1.</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>Why a request is rejected, cancelled or referred.</source>
        <translation>Why a request is rejected, cancelled or referred.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The social platform a request is referred to (one of the settings&apos; providers).</source>
        <translation>The social platform a request is referred to (one of the settings&apos; providers).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>request add: %1 is not FIELD=VALUE with a field of a request</source>
        <translation>request add: %1 is not FIELD=VALUE with a field of a request</translation>
    </message>
    <message>
        <source>request add: %1 %2 does not exist</source>
        <translation>request add: %1 %2 does not exist</translation>
    </message>
    <message>
        <source>request %1: %2 is not a referral provider of the settings (%3)</source>
        <translation>request %1: %2 is not a referral provider of the settings (%3)</translation>
    </message>
    <message>
        <source>request add: %1 is set by the program, not given</source>
        <translation>request add: %1 is set by the program, not given</translation>
    </message>
</context>
<context>
    <name>RequestFlow</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 is not a step of a request</source>
        <translation>%1 is not a step of a request</translation>
    </message>
    <message>
        <source>a %1 request can no longer be cancelled</source>
        <translation>a %1 request can no longer be cancelled</translation>
    </message>
    <message>
        <source>a %1 request cannot become %2</source>
        <translation>a %1 request cannot become %2</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message numerus="yes">
        <source>The local rules suggest referring this trip to a social platform (long distance, or more than %n passenger(s)).</source>
        <translation>
            <numerusform>The local rules suggest referring this trip to a social platform (long distance, or more than %n passenger).</numerusform>
            <numerusform>The local rules suggest referring this trip to a social platform (long distance, or more than %n passengers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passenger(s)</source>
        <translation>
            <numerusform>%n passenger</numerusform>
            <numerusform>%n passengers</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>Pax</source>
        <translation>Pax</translation>
    </message>
</context>
<context>
    <name>RequestRouteHelper</name>
    <message>
        <source>Get from routing service</source>
        <translation>Get from routing service</translation>
    </message>
    <message>
        <source>No routing service is set (Settings, Map)</source>
        <translation>No routing service is set (Settings, Map)</translation>
    </message>
    <message>
        <source>Round trip origin → destination → origin, asked of %1</source>
        <translation>Round trip origin → destination → origin, asked of %1</translation>
    </message>
    <message>
        <source>No routing service is set: enter its address under Settings, Map, or type the km in.</source>
        <translation>No routing service is set: enter its address under Settings, Map, or type the km in.</translation>
    </message>
    <message>
        <source>The routing service address %1 is not an http(s) address (Settings, Map).</source>
        <translation>The routing service address %1 is not an http(s) address (Settings, Map).</translation>
    </message>
    <message>
        <source>To ask the routing service, fill in: %1.</source>
        <translation>To ask the routing service, fill in: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No navigation km from %1: %2</source>
        <translation>No navigation km from %1: %2</translation>
    </message>
    <message>
        <source>Asking the routing service…</source>
        <translation>Asking the routing service…</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>the routing service %1 found no route: %2 %3</source>
        <translation>the routing service %1 found no route: %2 %3</translation>
    </message>
    <message>
        <source>the routing service %1 did not answer within %2 s</source>
        <translation>the routing service %1 did not answer within %2 s</translation>
    </message>
    <message>
        <source>the routing service %1 cannot be reached: %2</source>
        <translation>the routing service %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>the routing service %1 answered something that is not an OSRM route</source>
        <translation>the routing service %1 answered something that is not an OSRM route</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Agency code</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>The assessment year, YYYY.</source>
        <translation>The assessment year, YYYY.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>Sign in to the server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Dispatcher</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Discipline inspector</source>
        <translation>Discipline inspector</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Anomaly rules</source>
        <translation>Anomaly rules</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>FleetDesk database (*.sqlite *.db)</source>
        <translation>FleetDesk database (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Language and database file take effect the next time FleetDesk starts.</source>
        <translation>Language and database file take effect the next time FleetDesk starts.</translation>
    </message>
    <message>
        <source>Every threshold is inclusive (以上/以下 count the number itself). The defaults are those of the discipline-inspection platform.</source>
        <translation>Every threshold is inclusive (以上/以下 count the number itself). The defaults are those of the discipline-inspection platform.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Tile server (XYZ template)</source>
        <translation>Tile server (XYZ template)</translation>
    </message>
    <message>
        <source>Municipal backend (HTTPS)</source>
        <translation>Municipal backend (HTTPS)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The backend is reached over HTTPS only.</source>
        <translation>The backend is reached over HTTPS only.</translation>
    </message>
    <message>
        <source>Without a tile server the map shows the offline basemap.</source>
        <translation>Without a tile server the map shows the offline basemap.</translation>
    </message>
    <message>
        <source>Routing service (OSRM API)</source>
        <translation>Routing service (OSRM API)</translation>
    </message>
    <message>
        <source>Gives a trip request its navigation mileage (there and back). Without it the mileage is typed in.</source>
        <translation>Gives a trip request its navigation mileage (there and back). Without it the mileage is typed in.</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Fleet center&apos;s name</source>
        <translation>Fleet center&apos;s name</translation>
    </message>
    <message>
        <source>Printed at the head of every dispatch order.</source>
        <translation>Printed at the head of every dispatch order.</translation>
    </message>
    <message>
        <source>Referral providers</source>
        <translation>Referral providers</translation>
    </message>
    <message>
        <source>One a line: the social platforms (the city&apos;s state-owned rental services) trips can be referred to. Empty restores the defaults.</source>
        <translation>One a line: the social platforms (the city&apos;s state-owned rental services) trips can be referred to. Empty restores the defaults.</translation>
    </message>
    <message>
        <source>Suggest referral for groups of more than</source>
        <translation>Suggest referral for groups of more than</translation>
    </message>
    <message>
        <source>Long-distance trips are always suggested for referral.</source>
        <translation>Long-distance trips are always suggested for referral.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <source>The file to open from the next start</source>
        <translation>The file to open from the next start</translation>
    </message>
    <message>
        <source>Only an auditor or an administrator changes the anomaly rules.</source>
        <translation>Only an auditor or an administrator changes the anomaly rules.</translation>
    </message>
    <message>
        <source>Only a dispatcher or an administrator changes the dispatch settings.</source>
        <translation>Only a dispatcher or an administrator changes the dispatch settings.</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Prices every returned trip: per km and per hour by category, at least the minimum, with waiting past the booked end and night and out-of-city surcharges.</source>
        <translation>Prices every returned trip: per km and per hour by category, at least the minimum, with waiting past the booked end and night and out-of-city surcharges.</translation>
    </message>
    <message>
        <source>User on the server</source>
        <translation>User on the server</translation>
    </message>
    <message>
        <source>FleetDesk works fully offline and syncs in the background once signed in to the server (File &gt; Sign in to the server). The CA certificate is needed when the server&apos;s certificate comes from the city&apos;s own authority. A certificate that does not verify is never accepted.</source>
        <translation>FleetDesk works fully offline and syncs in the background once signed in to the server (File &gt; Sign in to the server). The CA certificate is needed when the server&apos;s certificate comes from the city&apos;s own authority. A certificate that does not verify is never accepted.</translation>
    </message>
</context>
<context>
    <name>SettleCommand</name>
    <message>
        <source>A calendar month in Beijing time, YYYY-MM.</source>
        <translation>A calendar month in Beijing time, YYYY-MM.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Store the prices on the dispatch orders.</source>
        <translation>Store the prices on the dispatch orders.</translation>
    </message>
    <message>
        <source>%1 trips returned in %2, %3 yuan (not stored: add --apply)</source>
        <translation>%1 trips returned in %2, %3 yuan (not stored: add --apply)</translation>
    </message>
    <message>
        <source>%1 trips returned in %2 priced and stored (%3 changed)</source>
        <translation>%1 trips returned in %2 priced and stored (%3 changed)</translation>
    </message>
</context>
<context>
    <name>Settlement</name>
    <message>
        <source>dispatch order %1 is no longer there</source>
        <translation>dispatch order %1 is no longer there</translation>
    </message>
    <message>
        <source>there is no dispatch order %1</source>
        <translation>there is no dispatch order %1</translation>
    </message>
    <message>
        <source>dispatch order %1 has not returned: nothing to charge yet</source>
        <translation>dispatch order %1 has not returned: nothing to charge yet</translation>
    </message>
    <message>
        <source>an adjusted charge needs a reason</source>
        <translation>an adjusted charge needs a reason</translation>
    </message>
    <message>
        <source>Totals per agency</source>
        <translation>Totals per agency</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Priced (yuan)</source>
        <translation>Priced (yuan)</translation>
    </message>
    <message>
        <source>Adjusted trips</source>
        <translation>Adjusted trips</translation>
    </message>
    <message>
        <source>Billed (yuan)</source>
        <translation>Billed (yuan)</translation>
    </message>
    <message>
        <source>No trip returned in this month.</source>
        <translation>No trip returned in this month.</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SettlementModel</name>
    <message>
        <source>by odometer</source>
        <translation>by odometer</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>tracked</translation>
    </message>
    <message>
        <source>no km recorded</source>
        <translation>no km recorded</translation>
    </message>
    <message>
        <source>%1 km (%2): %3 yuan</source>
        <translation>%1 km (%2): %3 yuan</translation>
    </message>
    <message>
        <source>%1 h: %2 yuan</source>
        <translation>%1 h: %2 yuan</translation>
    </message>
    <message>
        <source>minimum charge: %1 yuan</source>
        <translation>minimum charge: %1 yuan</translation>
    </message>
    <message>
        <source>night surcharge: %1 yuan</source>
        <translation>night surcharge: %1 yuan</translation>
    </message>
    <message>
        <source>out-of-city surcharge: %1 yuan</source>
        <translation>out-of-city surcharge: %1 yuan</translation>
    </message>
    <message>
        <source>waiting %1 h: %2 yuan</source>
        <translation>waiting %1 h: %2 yuan</translation>
    </message>
    <message>
        <source>standard&apos;s price: %1 yuan</source>
        <translation>standard&apos;s price: %1 yuan</translation>
    </message>
    <message>
        <source>stored by settlement: %1 yuan</source>
        <translation>stored by settlement: %1 yuan</translation>
    </message>
    <message>
        <source>not settled yet: the month&apos;s settlement stores the price</source>
        <translation>not settled yet: the month&apos;s settlement stores the price</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>km tracked</source>
        <translation>km tracked</translation>
    </message>
    <message>
        <source>km by odometer</source>
        <translation>km by odometer</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Adjusted (yuan)</source>
        <translation>Adjusted (yuan)</translation>
    </message>
    <message>
        <source>Adjustment reason</source>
        <translation>Adjustment reason</translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Settle month</source>
        <translation>Settle month</translation>
    </message>
    <message>
        <source>Store every trip&apos;s price on its dispatch order (adjustments are kept)</source>
        <translation>Store every trip&apos;s price on its dispatch order (adjustments are kept)</translation>
    </message>
    <message>
        <source>Adjust charge…</source>
        <translation>Adjust charge…</translation>
    </message>
    <message>
        <source>Monthly statement…</source>
        <translation>Monthly statement…</translation>
    </message>
    <message>
        <source>The selected agency&apos;s trips of the month with their amounts, as .xlsx or PDF</source>
        <translation>The selected agency&apos;s trips of the month with their amounts, as .xlsx or PDF</translation>
    </message>
    <message>
        <source>Compare with finance…</source>
        <translation>Compare with finance…</translation>
    </message>
    <message>
        <source>Read the finance office&apos;s export (CSV or .xlsx) and list what does not match</source>
        <translation>Read the finance office&apos;s export (CSV or .xlsx) and list what does not match</translation>
    </message>
    <message>
        <source>Totals per agency</source>
        <translation>Totals per agency</translation>
    </message>
    <message>
        <source>History of the order</source>
        <translation>History of the order</translation>
    </message>
    <message>
        <source>Store the standard&apos;s price on the %1 trips returned in %2? Adjusted amounts are kept.</source>
        <translation>Store the standard&apos;s price on the %1 trips returned in %2? Adjusted amounts are kept.</translation>
    </message>
    <message>
        <source>Settling %1…</source>
        <translation>Settling %1…</translation>
    </message>
    <message>
        <source>Pricing %1…</source>
        <translation>Pricing %1…</translation>
    </message>
    <message>
        <source>The month was not settled: %1</source>
        <translation>The month was not settled: %1</translation>
    </message>
    <message>
        <source>The month could not be read: %1</source>
        <translation>The month could not be read: %1</translation>
    </message>
    <message>
        <source>%1 trips returned in %2, %3 yuan billed; %4 of them settled.</source>
        <translation>%1 trips returned in %2, %3 yuan billed; %4 of them settled.</translation>
    </message>
    <message>
        <source>%1 settled: %2 trips priced and stored (%3 changed).</source>
        <translation>%1 settled: %2 trips priced and stored (%3 changed).</translation>
    </message>
    <message>
        <source>Dispatchers and administrators settle and adjust charges</source>
        <translation>Dispatchers and administrators settle and adjust charges</translation>
    </message>
    <message>
        <source>%1: %2 yuan billed (%3).</source>
        <translation>%1: %2 yuan billed (%3).</translation>
    </message>
    <message>
        <source>%1: adjustment taken back (%2).</source>
        <translation>%1: adjustment taken back (%2).</translation>
    </message>
    <message>
        <source>Adjust charge</source>
        <translation>Adjust charge</translation>
    </message>
    <message>
        <source>there is no agency %1</source>
        <translation>there is no agency %1</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Monthly statement</translation>
    </message>
    <message>
        <source>The statement of which agency for %1?</source>
        <translation>The statement of which agency for %1?</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel workbook (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The statement of %1 for %2 is in %3.</source>
        <translation>The statement of %1 for %2 is in %3.</translation>
    </message>
    <message>
        <source>The finance office&apos;s export</source>
        <translation>The finance office&apos;s export</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Compare with finance</source>
        <translation>Compare with finance</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>%1 payments compared with %2 trips billed in %3: %4 mismatches.</source>
        <translation>%1 payments compared with %2 trips billed in %3: %4 mismatches.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to FleetDesk</source>
        <translation>Sign in to FleetDesk</translation>
    </message>
    <message>
        <source>Official vehicle service platform</source>
        <translation>Official vehicle service platform</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>a name is needed: the change log records who did what</source>
        <translation>a name is needed: the change log records who did what</translation>
    </message>
</context>
<context>
    <name>SpeedChart</name>
    <message>
        <source>Minutes from the booked start</source>
        <translation>Minutes from the booked start</translation>
    </message>
    <message>
        <source>km/h</source>
        <translation>km/h</translation>
    </message>
    <message>
        <source>Click to play back from that moment</source>
        <translation>Click to play back from that moment</translation>
    </message>
</context>
<context>
    <name>StartOverview</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>%n day past</numerusform>
            <numerusform>%n days past</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km past</source>
        <translation>%1 km past</translation>
    </message>
    <message>
        <source>%1 km to go</source>
        <translation>%1 km to go</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>All plans…</source>
        <translation>All plans…</translation>
    </message>
    <message>
        <source>Double-click a plan to open the car&apos;s file.</source>
        <translation>Double-click a plan to open the car&apos;s file.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) approved and waiting for a car</source>
        <translation>
            <numerusform>%n request approved and waiting for a car</numerusform>
            <numerusform>%n requests approved and waiting for a car</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for approval</source>
        <translation>
            <numerusform>%n request waiting for approval</numerusform>
            <numerusform>%n requests waiting for approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) not yet dealt with</source>
        <translation>
            <numerusform>%n finding not yet dealt with</numerusform>
            <numerusform>%n findings not yet dealt with</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision orders: %1 overdue, %2 due soon</source>
        <translation>Supervision orders: %1 overdue, %2 due soon</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) in the shop today</source>
        <translation>
            <numerusform>%n car in the shop today</numerusform>
            <numerusform>%n cars in the shop today</numerusform>
        </translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation>Maintenance plans</translation>
    </message>
    <message>
        <source>Maintenance plans: %1 overdue, %2 due soon</source>
        <translation>Maintenance plans: %1 overdue, %2 due soon</translation>
    </message>
    <message numerus="yes">
        <source>No maintenance is due: no plan falls due in the next %n day(s) or %1 km.</source>
        <translation>
            <numerusform>No maintenance is due: no plan falls due in the next %n day or %1 km.</numerusform>
            <numerusform>No maintenance is due: no plan falls due in the next %n days or %1 km.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementCommand</name>
    <message>
        <source>The agency&apos;s code.</source>
        <translation>The agency&apos;s code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A calendar month in Beijing time, YYYY-MM.</source>
        <translation>A calendar month in Beijing time, YYYY-MM.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The file to write, .xlsx or .pdf.</source>
        <translation>The file to write, .xlsx or .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>there is no agency %1</source>
        <translation>there is no agency %1</translation>
    </message>
    <message>
        <source>%1: %2 trips, %3 yuan</source>
        <translation>%1: %2 trips, %3 yuan</translation>
    </message>
</context>
<context>
    <name>StatementPrinter</name>
    <message>
        <source>Total: %1 trips</source>
        <translation>Total: %1 trips</translation>
    </message>
    <message>
        <source>Fleet center (seal):</source>
        <translation>Fleet center (seal):</translation>
    </message>
    <message>
        <source>Agency confirmed by (signature):</source>
        <translation>Agency confirmed by (signature):</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>StatementWriter</name>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: cannot write</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 trips</source>
        <translation>%1 trips</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>StationRefuelList</name>
    <message>
        <source>Refuels per station</source>
        <translation>Refuels per station</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Refuels</source>
        <translation>Refuels</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>Litres</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>No refuel stations are recorded.</source>
        <translation>No refuel stations are recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2)
%n refuel(s), %3 litres in the period</source>
        <translation>
            <numerusform>%1 (%2)
%n refuel, %3 litres in the period</numerusform>
            <numerusform>%1 (%2)
%n refuels, %3 litres in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationsMapDialog</name>
    <message>
        <source>Refuel stations on the map</source>
        <translation>Refuel stations on the map</translation>
    </message>
    <message>
        <source>Refuels from</source>
        <translation>Refuels from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Offline map: %1</source>
        <translation>Offline map: %1</translation>
    </message>
    <message>
        <source>No refuel stations are recorded.</source>
        <translation>No refuel stations are recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s), %1 refuels, %2 litres in the period</source>
        <translation>
            <numerusform>%n station, %1 refuels, %2 litres in the period</numerusform>
            <numerusform>%n stations, %1 refuels, %2 litres in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestCommand</name>
    <message>
        <source>The vehicle&apos;s plate (the car an NMEA log belongs to).</source>
        <translation>The vehicle&apos;s plate (the car an NMEA log belongs to).</translation>
    </message>
    <message>
        <source>PLATE</source>
        <translation>PLATE</translation>
    </message>
    <message>
        <source>request %1 does not exist</source>
        <translation>request %1 does not exist</translation>
    </message>
    <message>
        <source>fit %1, seats %2, </source>
        <translation>fit %1, seats %2, </translation>
    </message>
    <message>
        <source>booked %1 h this month, idle %2</source>
        <translation>booked %1 h this month, idle %2</translation>
    </message>
    <message numerus="yes">
        <source>%n free vehicle(s), best first (lower cost is better):</source>
        <translation>
            <numerusform>%n free vehicle(s), best first (lower cost is better):</numerusform>
            <numerusform>%n free vehicle(s), best first (lower cost is better):</numerusform>
        </translation>
    </message>
    <message>
        <source>drivers for %1: suggest %2 --plate %1</source>
        <translation>drivers for %1: suggest %2 --plate %1</translation>
    </message>
    <message numerus="yes">
        <source>%n free driver(s) for %1, best first:</source>
        <translation>
            <numerusform>%n free driver(s) for %1, best first:</numerusform>
            <numerusform>%n free driver(s) for %1, best first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuperviseCommand</name>
    <message>
        <source>A finding&apos;s key, as check --format json prints it (repeatable, or several keys after it).</source>
        <translation>A finding&apos;s key, as check --format json prints it (repeatable, or several keys after it).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>A public complaint&apos;s number.</source>
        <translation>A public complaint&apos;s number.</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>The agency that answers, when the records do not say.</source>
        <translation>The agency that answers, when the records do not say.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>What the agency is to explain, or the text of a reply or acceptance.</source>
        <translation>What the agency is to explain, or the text of a reply or acceptance.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
</context>
<context>
    <name>SupervisionFlow</name>
    <message>
        <source>Drafted</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <source>Returned for a better answer</source>
        <translation>Returned for a better answer</translation>
    </message>
    <message>
        <source>Accepted and closed</source>
        <translation>Accepted and closed</translation>
    </message>
    <message>
        <source>Violation confirmed</source>
        <translation>Violation confirmed</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Not established</source>
        <translation>Not established</translation>
    </message>
    <message>
        <source>%1 is not a step of a supervision order</source>
        <translation>%1 is not a step of a supervision order</translation>
    </message>
    <message>
        <source>the order is closed and takes no more replies</source>
        <translation>the order is closed and takes no more replies</translation>
    </message>
    <message>
        <source>the order is already closed</source>
        <translation>the order is already closed</translation>
    </message>
    <message>
        <source>the order has already been issued</source>
        <translation>the order has already been issued</translation>
    </message>
    <message>
        <source>the order has not been issued yet</source>
        <translation>the order has not been issued yet</translation>
    </message>
    <message>
        <source>the order&apos;s reply is waiting to be accepted or returned</source>
        <translation>the order&apos;s reply is waiting to be accepted or returned</translation>
    </message>
    <message>
        <source>the order has no reply to accept (%1, waiting for the agency)</source>
        <translation>the order has no reply to accept (%1, waiting for the agency)</translation>
    </message>
    <message>
        <source>the order has no reply to return (%1, waiting for the agency)</source>
        <translation>the order has no reply to return (%1, waiting for the agency)</translation>
    </message>
</context>
<context>
    <name>SupervisionNotice</name>
    <message>
        <source>Supervision:</source>
        <translation>Supervision:</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Show them</translation>
    </message>
</context>
<context>
    <name>SupervisionOrderModel</name>
    <message>
        <source>Overdue: the agency has not answered by %1</source>
        <translation>Overdue: the agency has not answered by %1</translation>
    </message>
    <message>
        <source>Due soon: to be answered by %1</source>
        <translation>Due soon: to be answered by %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Complaint %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>SupervisionOrderPrinter</name>
    <message>
        <source>Explain in writing, with evidence, what public complaint %1 reports, and rectify what is found.</source>
        <translation>Explain in writing, with evidence, what public complaint %1 reports, and rectify what is found.</translation>
    </message>
    <message numerus="yes">
        <source>Explain in writing, with evidence, each of the %n finding(s) below, and rectify what is found.</source>
        <translation>
            <numerusform>Explain in writing, with evidence, the finding below, and rectify what is found.</numerusform>
            <numerusform>Explain in writing, with evidence, each of the %n findings below, and rectify what is found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision order</source>
        <translation>Supervision order</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>Draft, not issued</source>
        <translation>Draft, not issued</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <source>Matter to explain</source>
        <translation>Matter to explain</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly finding(s)</source>
        <translation>
            <numerusform>%n anomaly finding</numerusform>
            <numerusform>%n anomaly findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Public complaint %1 (12345)</source>
        <translation>Public complaint %1 (12345)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Caller&apos;s account</source>
        <translation>Caller&apos;s account</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Seen at</translation>
    </message>
    <message>
        <source>What the records say</source>
        <translation>What the records say</translation>
    </message>
    <message>
        <source>The track on the map:</source>
        <translation>The track on the map:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>Conclusion: %1</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Answer by %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Attachments: %1</translation>
    </message>
    <message>
        <source>Issued by (signature)</source>
        <translation>Issued by (signature)</translation>
    </message>
    <message>
        <source>Received by the agency (signature)</source>
        <translation>Received by the agency (signature)</translation>
    </message>
    <message>
        <source>Printed %1 by FleetDesk</source>
        <translation>Printed %1 by FleetDesk</translation>
    </message>
    <message>
        <source>cannot draw on the page</source>
        <translation>cannot draw on the page</translation>
    </message>
    <message>
        <source>Supervision order %1</source>
        <translation>Supervision order %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Supervision orders</source>
        <translation>Supervision orders</translation>
    </message>
    <message>
        <source>Public complaints (12345)</source>
        <translation>Public complaints (12345)</translation>
    </message>
    <message>
        <source>Assessment scores</source>
        <translation>Assessment scores</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Send the order to the agency, with the settings&apos; working days to answer.</source>
        <translation>Send the order to the agency, with the settings&apos; working days to answer.</translation>
    </message>
    <message>
        <source>Record &amp;reply…</source>
        <translation>Record &amp;reply…</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s written answer as received.</source>
        <translation>Enter the agency&apos;s written answer as received.</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>Send the answer back for a better one, saying why.</source>
        <translation>Send the answer back for a better one, saying why.</translation>
    </message>
    <message>
        <source>&amp;Accept and close…</source>
        <translation>&amp;Accept and close…</translation>
    </message>
    <message>
        <source>Accept the answer and close the order with a conclusion; its findings follow.</source>
        <translation>Accept the answer and close the order with a conclusion; its findings follow.</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>Red: overdue. Amber: due within the reminder&apos;s working days.</source>
        <translation>Red: overdue. Amber: due within the reminder&apos;s working days.</translation>
    </message>
    <message>
        <source>&amp;Start a supervision order</source>
        <translation>&amp;Start a supervision order</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Read only: only auditors and administrators take the steps of an order.</source>
        <translation>Read only: only auditors and administrators take the steps of an order.</translation>
    </message>
    <message>
        <source>Select an order to see its evidence and steps.</source>
        <translation>Select an order to see its evidence and steps.</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Agency: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>No deadline until issued</source>
        <translation>No deadline until issued</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Answer by %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Public complaint %1</source>
        <translation>Public complaint %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation>answer by %1</translation>
    </message>
    <message>
        <source>Supervision order %1 issued.</source>
        <translation>Supervision order %1 issued.</translation>
    </message>
    <message>
        <source>Reply to %1 recorded.</source>
        <translation>Reply to %1 recorded.</translation>
    </message>
    <message>
        <source>The reply to %1 was returned.</source>
        <translation>The reply to %1 was returned.</translation>
    </message>
    <message>
        <source>Supervision order %1 closed.</source>
        <translation>Supervision order %1 closed.</translation>
    </message>
    <message>
        <source>Record the agency&apos;s reply</source>
        <translation>Record the agency&apos;s reply</translation>
    </message>
    <message>
        <source>The agency&apos;s written answer, as received:</source>
        <translation>The agency&apos;s written answer, as received:</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>Return the reply</source>
        <translation>Return the reply</translation>
    </message>
    <message>
        <source>Why is the answer not enough? The agency is told so.</source>
        <translation>Why is the answer not enough? The agency is told so.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Accept and close</source>
        <translation>Accept and close</translation>
    </message>
    <message>
        <source>Conclusion (the order&apos;s findings follow it):</source>
        <translation>Conclusion (the order&apos;s findings follow it):</translation>
    </message>
    <message>
        <source>Select a complaint to see what the records say about it.</source>
        <translation>Select a complaint to see what the records say about it.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>%1
Which agency answers?</source>
        <translation>%1
Which agency answers?</translation>
    </message>
    <message>
        <source>Supervision order %1 drafted.</source>
        <translation>Supervision order %1 drafted.</translation>
    </message>
    <message>
        <source>Score at the end of each month, %1</source>
        <translation>Score at the end of each month, %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Select an agency to see every change.</source>
        <translation>Select an agency to see every change.</translation>
    </message>
    <message>
        <source>Score %1, rank %2</source>
        <translation>Score %1, rank %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Assessment %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>supervision-orders.xlsx</source>
        <translation>supervision-orders.xlsx</translation>
    </message>
    <message>
        <source>assessment-%1.xlsx</source>
        <translation>assessment-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The orders the list shows, as an Excel workbook.</source>
        <translation>The orders the list shows, as an Excel workbook.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the selected order in the standard layout (标准格式督办单).</source>
        <translation>Print the selected order in the standard layout (标准格式督办单).</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the selected order in the standard layout as a PDF file.</source>
        <translation>Save the selected order in the standard layout as a PDF file.</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>No supervision orders here. Start one from findings on the Review page, or from a public complaint.</source>
        <translation>No supervision orders here. Start one from findings on the Review page, or from a public complaint.</translation>
    </message>
    <message>
        <source>Select an order to print.</source>
        <translation>Select an order to print.</translation>
    </message>
    <message>
        <source>Supervision order %1 was not printed: %2</source>
        <translation>Supervision order %1 was not printed: %2</translation>
    </message>
    <message>
        <source>Supervision order %1 sent to %2.</source>
        <translation>Supervision order %1 sent to %2.</translation>
    </message>
    <message>
        <source>Supervision order %1 was not written: %2</source>
        <translation>Supervision order %1 was not written: %2</translation>
    </message>
    <message>
        <source>Supervision order %1 saved as %2.</source>
        <translation>Supervision order %1 saved as %2.</translation>
    </message>
    <message>
        <source>Supervision order %1</source>
        <translation>Supervision order %1</translation>
    </message>
    <message>
        <source>Print supervision order %1</source>
        <translation>Print supervision order %1</translation>
    </message>
    <message>
        <source>Save supervision order %1</source>
        <translation>Save supervision order %1</translation>
    </message>
    <message>
        <source>supervision-order-%1.pdf</source>
        <translation>supervision-order-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n supervision order(s) overdue</source>
        <translation>
            <numerusform>%n supervision order overdue</numerusform>
            <numerusform>%n supervision orders overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) due within %1</source>
        <translation>
            <numerusform>%n order due within %1</numerusform>
            <numerusform>%n orders due within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Show them</translation>
    </message>
</context>
<context>
    <name>SupervisionPrintText</name>
    <message>
        <source>no supervision order %1</source>
        <translation>no supervision order %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionService</name>
    <message>
        <source>agency %1 does not exist</source>
        <translation>agency %1 does not exist</translation>
    </message>
    <message>
        <source>an order needs at least one finding</source>
        <translation>an order needs at least one finding</translation>
    </message>
    <message>
        <source>no finding has the key %1 (run check first; keys are printed by check --format json)</source>
        <translation>no finding has the key %1 (run check first; keys are printed by check --format json)</translation>
    </message>
    <message>
        <source>finding %1 is already under supervision order %2</source>
        <translation>finding %1 is already under supervision order %2</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>no agency</translation>
    </message>
    <message>
        <source>the findings concern different agencies (%1): name the agency that answers</source>
        <translation>the findings concern different agencies (%1): name the agency that answers</translation>
    </message>
    <message>
        <source>no agency can be found for the findings: name the agency that answers</source>
        <translation>no agency can be found for the findings: name the agency that answers</translation>
    </message>
    <message>
        <source>no public complaint %1</source>
        <translation>no public complaint %1</translation>
    </message>
    <message>
        <source>complaint %1 is already under supervision order %2</source>
        <translation>complaint %1 is already under supervision order %2</translation>
    </message>
    <message>
        <source>complaint %1 names no official car (%2): name the agency that answers</source>
        <translation>complaint %1 names no official car (%2): name the agency that answers</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>order %1: %2</translation>
    </message>
    <message>
        <source>no supervision order %1</source>
        <translation>no supervision order %1</translation>
    </message>
    <message>
        <source>the deadline %1 is not a date (YYYY-MM-DD)</source>
        <translation>the deadline %1 is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the deadline %1 is in the past (today is %2)</source>
        <translation>the deadline %1 is in the past (today is %2)</translation>
    </message>
    <message>
        <source>a reply needs the agency&apos;s written answer (--text)</source>
        <translation>a reply needs the agency&apos;s written answer (--text)</translation>
    </message>
    <message>
        <source>returning a reply needs the reason (--reason)</source>
        <translation>returning a reply needs the reason (--reason)</translation>
    </message>
    <message>
        <source>closing needs a conclusion: confirmed, explained or not-established (--conclusion)</source>
        <translation>closing needs a conclusion: confirmed, explained or not-established (--conclusion)</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>the server address %1 is not an https://HOST:PORT address (FleetDesk syncs over HTTPS only)</source>
        <translation>the server address %1 is not an https://HOST:PORT address (FleetDesk syncs over HTTPS only)</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate (or cannot be read)</source>
        <translation>the CA file %1 holds no PEM certificate (or cannot be read)</translation>
    </message>
    <message>
        <source>the certificate of %1 could not be verified (%2); FleetDesk does not connect to a server it cannot verify: give the CA file of the server&apos;s certificate authority</source>
        <translation>the certificate of %1 could not be verified (%2); FleetDesk does not connect to a server it cannot verify: give the CA file of the server&apos;s certificate authority</translation>
    </message>
    <message>
        <source>no answer from %1: %2</source>
        <translation>no answer from %1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 answered %2 %3: %4</translation>
    </message>
    <message>
        <source>%1 refused the sign-in of %2: wrong user name or password</source>
        <translation>%1 refused the sign-in of %2: wrong user name or password</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>The sync server, https://HOST:PORT.</source>
        <translation>The sync server, https://HOST:PORT.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The user name to sign in to the sync server with.</source>
        <translation>The user name to sign in to the sync server with.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>A file whose first line is the password (sync).</source>
        <translation>A file whose first line is the password (sync).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The CA certificate (PEM) of a private CA that signed the server&apos;s certificate.</source>
        <translation>The CA certificate (PEM) of a private CA that signed the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>%1: the password file cannot be read: %2</source>
        <translation>%1: the password file cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: the first line (the password) is empty</source>
        <translation>%1: the first line (the password) is empty</translation>
    </message>
    <message>
        <source>sync with %1 failed: %2 (%3 local changes still waiting)</source>
        <translation>sync with %1 failed: %2 (%3 local changes still waiting)</translation>
    </message>
    <message>
        <source>synced with %1 as %2 (%3): %4 changes pushed, %5 received, %6 waiting</source>
        <translation>synced with %1 as %2 (%3): %4 changes pushed, %5 received, %6 waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) came back as conflicts or refusals (kept with both versions; choose in the app):</source>
        <translation>
            <numerusform>%n change came back as conflicts or refusals (kept with both versions; choose in the app):</numerusform>
            <numerusform>%n changes came back as conflicts or refusals (kept with both versions; choose in the app):</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 %2: refused (%3): %4; its trip request is back in the queue</source>
        <translation>  %1 %2: refused (%3): %4; its trip request is back in the queue</translation>
    </message>
    <message>
        <source>  %1 %2: %3 (%4): %5</source>
        <translation>  %1 %2: %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; trying again in %2 s</translation>
    </message>
    <message>
        <source>the sync was stopped</source>
        <translation>the sync was stopped</translation>
    </message>
    <message>
        <source>the outbox could not be read: %1</source>
        <translation>the outbox could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>pushing %n change(s)</source>
        <translation>
            <numerusform>pushing %n change</numerusform>
            <numerusform>pushing %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be stored: %1</source>
        <translation>the server&apos;s answer could not be stored: %1</translation>
    </message>
    <message>
        <source>pushed %1 changes</source>
        <translation>pushed %1 changes</translation>
    </message>
    <message>
        <source>the server answered %1 of %2 changes</source>
        <translation>the server answered %1 of %2 changes</translation>
    </message>
    <message>
        <source>pulled up to change %1</source>
        <translation>pulled up to change %1</translation>
    </message>
    <message>
        <source>the positions of vehicle %1 from the server do not decode</source>
        <translation>the positions of vehicle %1 from the server do not decode</translation>
    </message>
</context>
<context>
    <name>SyncLocal</name>
    <message>
        <source>the role %1 may not change %2 on the server</source>
        <translation>the role %1 may not change %2 on the server</translation>
    </message>
    <message>
        <source>request %1 could not go back to the queue: %2</source>
        <translation>request %1 could not go back to the queue: %2</translation>
    </message>
    <message>
        <source>dispatch order %1 could not be withdrawn: %2</source>
        <translation>dispatch order %1 could not be withdrawn: %2</translation>
    </message>
    <message>
        <source>%1 %2 on the server has the same key as %3 here</source>
        <translation>%1 %2 on the server has the same key as %3 here</translation>
    </message>
    <message>
        <source>%1 %2 from the server could not be stored: %3</source>
        <translation>%1 %2 from the server could not be stored: %3</translation>
    </message>
    <message>
        <source>conflict %1 is not open</source>
        <translation>conflict %1 is not open</translation>
    </message>
    <message>
        <source>the conflict over %1 %2 could not be settled: %3</source>
        <translation>the conflict over %1 %2 could not be settled: %3</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: the file has no header row</source>
        <translation>%1: the file has no header row</translation>
    </message>
</context>
<context>
    <name>TaskBookings</name>
    <message>
        <source>dispatch order %1: %2</source>
        <translation>dispatch order %1: %2</translation>
    </message>
</context>
<context>
    <name>TaskMileageModel</name>
    <message>
        <source>Tracked km</source>
        <translation>Tracked km</translation>
    </message>
    <message>
        <source>Tracked ÷ nav</source>
        <translation>Tracked ÷ nav</translation>
    </message>
    <message>
        <source>Kilometres of the vehicle&apos;s track inside the booked window, after dropping position jumps, as the mileage rule measures them</source>
        <translation>Kilometres of the vehicle&apos;s track inside the booked window, after dropping position jumps, as the mileage rule measures them</translation>
    </message>
    <message>
        <source>Tracked km divided by navigation km; at %1 or more the mileage rule reports the order</source>
        <translation>Tracked km divided by navigation km; at %1 or more the mileage rule reports the order</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>no track</source>
        <translation>no track</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) inside the booked window</source>
        <translation>
            <numerusform>%n fix inside the booked window</numerusform>
            <numerusform>%n fixes inside the booked window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tracked km: the vehicle&apos;s positions inside the booked window, without jumps above %1 km/h — what the mileage rule compares with the navigation km (reported at %2 × or more).</source>
        <translation>Tracked km: the vehicle&apos;s positions inside the booked window, without jumps above %1 km/h — what the mileage rule compares with the navigation km (reported at %2 × or more).</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <source>Destination reached within</source>
        <translation>Destination reached within</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Track mileage vs navigation, at least</source>
        <translation>Track mileage vs navigation, at least</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Fuel per 100 km vs prior three months, at least</source>
        <translation>Fuel per 100 km vs prior three months, at least</translation>
    </message>
    <message>
        <source>Fuel rule needs at least</source>
        <translation>Fuel rule needs at least</translation>
    </message>
    <message>
        <source>Car within this distance of the station</source>
        <translation>Car within this distance of the station</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Minutes before and after a refuel</source>
        <translation>Minutes before and after a refuel</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Refuels between two tasks, at least</source>
        <translation>Refuels between two tasks, at least</translation>
    </message>
    <message>
        <source>Violations in a month, at least</source>
        <translation>Violations in a month, at least</translation>
    </message>
    <message>
        <source>Drop fixes implying a speed above</source>
        <translation>Drop fixes implying a speed above</translation>
    </message>
    <message>
        <source>km/h</source>
        <translation>km/h</translation>
    </message>
    <message>
        <source>A gap this long starts a new location anomaly</source>
        <translation>A gap this long starts a new location anomaly</translation>
    </message>
    <message>
        <source>General car, per km</source>
        <translation>General car, per km</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>General car, per hour</source>
        <translation>General car, per hour</translation>
    </message>
    <message>
        <source>General car, minimum per trip</source>
        <translation>General car, minimum per trip</translation>
    </message>
    <message>
        <source>Emergency car, per km</source>
        <translation>Emergency car, per km</translation>
    </message>
    <message>
        <source>Emergency car, per hour</source>
        <translation>Emergency car, per hour</translation>
    </message>
    <message>
        <source>Emergency car, minimum per trip</source>
        <translation>Emergency car, minimum per trip</translation>
    </message>
    <message>
        <source>Law-enforcement car, per km</source>
        <translation>Law-enforcement car, per km</translation>
    </message>
    <message>
        <source>Law-enforcement car, per hour</source>
        <translation>Law-enforcement car, per hour</translation>
    </message>
    <message>
        <source>Law-enforcement car, minimum per trip</source>
        <translation>Law-enforcement car, minimum per trip</translation>
    </message>
    <message>
        <source>Waiting past the booked end free for</source>
        <translation>Waiting past the booked end free for</translation>
    </message>
    <message>
        <source>Waiting, per hour</source>
        <translation>Waiting, per hour</translation>
    </message>
    <message>
        <source>Night surcharge</source>
        <translation>Night surcharge</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Night from (hour)</source>
        <translation>Night from (hour)</translation>
    </message>
    <message>
        <source>Night until (hour)</source>
        <translation>Night until (hour)</translation>
    </message>
    <message>
        <source>Out-of-city surcharge</source>
        <translation>Out-of-city surcharge</translation>
    </message>
    <message>
        <source>Maintenance due this early</source>
        <translation>Maintenance due this early</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Maintenance due this many km early</source>
        <translation>Maintenance due this many km early</translation>
    </message>
    <message>
        <source>A supervision order gives the agency</source>
        <translation>A supervision order gives the agency</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>Remind before an order&apos;s deadline</source>
        <translation>Remind before an order&apos;s deadline</translation>
    </message>
    <message>
        <source>Assessment: each agency starts at</source>
        <translation>Assessment: each agency starts at</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Deducted per confirmed location anomaly</source>
        <translation>Deducted per confirmed location anomaly</translation>
    </message>
    <message>
        <source>Deducted per confirmed destination anomaly</source>
        <translation>Deducted per confirmed destination anomaly</translation>
    </message>
    <message>
        <source>Deducted per confirmed mileage anomaly</source>
        <translation>Deducted per confirmed mileage anomaly</translation>
    </message>
    <message>
        <source>Deducted per confirmed fuel consumption anomaly</source>
        <translation>Deducted per confirmed fuel consumption anomaly</translation>
    </message>
    <message>
        <source>Deducted per confirmed fuel card binding anomaly</source>
        <translation>Deducted per confirmed fuel card binding anomaly</translation>
    </message>
    <message>
        <source>Deducted per confirmed fuel card usage anomaly</source>
        <translation>Deducted per confirmed fuel card usage anomaly</translation>
    </message>
    <message>
        <source>Deducted per confirmed refuel frequency anomaly</source>
        <translation>Deducted per confirmed refuel frequency anomaly</translation>
    </message>
    <message>
        <source>Deducted per confirmed traffic violations anomaly</source>
        <translation>Deducted per confirmed traffic violations anomaly</translation>
    </message>
    <message>
        <source>Deducted per confirmed public complaint</source>
        <translation>Deducted per confirmed public complaint</translation>
    </message>
    <message>
        <source>Deducted per day an order is overdue</source>
        <translation>Deducted per day an order is overdue</translation>
    </message>
    <message>
        <source>Deducted per order unanswered past its deadline</source>
        <translation>Deducted per order unanswered past its deadline</translation>
    </message>
    <message>
        <source>Share of a confirmed deduction returned when rectified in time</source>
        <translation>Share of a confirmed deduction returned when rectified in time</translation>
    </message>
</context>
<context>
    <name>TileSources</name>
    <message>
        <source>A Tianditu source is written tianditu:LAYER:KEY, e.g. tianditu:vec:0123abcd.</source>
        <translation>A Tianditu source is written tianditu:LAYER:KEY, e.g. tianditu:vec:0123abcd.</translation>
    </message>
    <message>
        <source>Tianditu</source>
        <translation>Tianditu</translation>
    </message>
    <message>
        <source>© Tianditu (National Platform for Common GeoSpatial Information Services)</source>
        <translation>© Tianditu (National Platform for Common GeoSpatial Information Services)</translation>
    </message>
    <message>
        <source>The tile URL needs {z}, {x} and {y} (or TILEMATRIX={z}, TILEROW={y}, TILECOL={x}).</source>
        <translation>The tile URL needs {z}, {x} and {y} (or TILEMATRIX={z}, TILEROW={y}, TILECOL={x}).</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation>Tiles: %1</translation>
    </message>
</context>
<context>
    <name>TrackDays</name>
    <message>
        <source>the stored track of %1 on %2 is damaged and cannot be read (fleetdesk-cli verify lists every damaged day; restore the file from a backup)</source>
        <translation>the stored track of %1 on %2 is damaged and cannot be read (fleetdesk-cli verify lists every damaged day; restore the file from a backup)</translation>
    </message>
    <message>
        <source>%1: cannot open to read tracks</source>
        <translation>%1: cannot open to read tracks</translation>
    </message>
</context>
<context>
    <name>TripCommand</name>
    <message>
        <source>When the car left or came back (default: now).</source>
        <translation>When the car left or came back (default: now).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>The odometer reading in km.</source>
        <translation>The odometer reading in km.</translation>
    </message>
    <message>
        <source>KM</source>
        <translation>KM</translation>
    </message>
</context>
<context>
    <name>TripLogDialog</name>
    <message>
        <source>Time (Beijing)</source>
        <translation>Time (Beijing)</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odometer</translation>
    </message>
</context>
<context>
    <name>TripReviewPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Follow the vehicle</source>
        <translation>Follow the vehicle</translation>
    </message>
    <message>
        <source>Select a dispatch order to review its trip.</source>
        <translation>Select a dispatch order to review its trip.</translation>
    </message>
    <message>
        <source>The booked window, the destination, the navigation and tracked km, the closest approach, stops, fences crossed and findings of the selected order appear here.</source>
        <translation>The booked window, the destination, the navigation and tracked km, the closest approach, stops, fences crossed and findings of the selected order appear here.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Tracked</translation>
    </message>
    <message>
        <source>no positions in the booked window</source>
        <translation>no positions in the booked window</translation>
    </message>
    <message>
        <source>%1 km (%2 × navigation)</source>
        <translation>%1 km (%2 × navigation)</translation>
    </message>
    <message>
        <source>Closest approach</source>
        <translation>Closest approach</translation>
    </message>
    <message>
        <source>%1 km from the destination at %2</source>
        <translation>%1 km from the destination at %2</translation>
    </message>
    <message numerus="yes">
        <source>Stops (≥ 3 min within 100 m): %n</source>
        <translation>
            <numerusform>Stops (≥ 3 min within 100 m): %n</numerusform>
            <numerusform>Stops (≥ 3 min within 100 m): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fences crossed: %n</source>
        <translation>
            <numerusform>Fences crossed: %n</numerusform>
            <numerusform>Fences crossed: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entered %2</source>
        <translation>%1 entered %2</translation>
    </message>
    <message>
        <source>%1 left %2</source>
        <translation>%1 left %2</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n</source>
        <translation>
            <numerusform>Findings: %n</numerusform>
            <numerusform>Findings: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>near %1</source>
        <translation>near %1</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>at %1, %2</translation>
    </message>
    <message>
        <source>%1–%2, %3, %4</source>
        <translation>%1–%2, %3, %4</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Show only the orders booked from this day (Beijing time)</source>
        <translation>Show only the orders booked from this day (Beijing time)</translation>
    </message>
    <message>
        <source>Show one vehicle&apos;s orders</source>
        <translation>Show one vehicle&apos;s orders</translation>
    </message>
    <message>
        <source>Show one driver&apos;s orders</source>
        <translation>Show one driver&apos;s orders</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>All vehicles</translation>
    </message>
    <message>
        <source>All drivers</source>
        <translation>All drivers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>VehicleFile</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>No vehicle with id %1.</source>
        <translation>No vehicle with id %1.</translation>
    </message>
    <message>
        <source>No driver with id %1.</source>
        <translation>No driver with id %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>VehicleFileDialog</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Where it went in the period</source>
        <translation>Where it went in the period</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Vehicle file</source>
        <translation>Vehicle file</translation>
    </message>
    <message>
        <source>There is no vehicle %1 in the records.</source>
        <translation>There is no vehicle %1 in the records.</translation>
    </message>
    <message>
        <source>Vehicle file %1</source>
        <translation>Vehicle file %1</translation>
    </message>
    <message>
        <source>Driver file %1</source>
        <translation>Driver file %1</translation>
    </message>
    <message>
        <source>%1 trips · %2 km tracked (%3 km navigation) · %4 L fuel · cost %5 yuan (fuel and repairs) · %6 violations · %7 findings</source>
        <translation>%1 trips · %2 km tracked (%3 km navigation) · %4 L fuel · cost %5 yuan (fuel and repairs) · %6 violations · %7 findings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>file-%1.pdf</source>
        <translation>file-%1.pdf</translation>
    </message>
    <message>
        <source>Print file to PDF</source>
        <translation>Print file to PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VehicleFilePrinter</name>
    <message>
        <source>Vehicle file %1</source>
        <translation>Vehicle file %1</translation>
    </message>
    <message>
        <source>Driver file %1</source>
        <translation>Driver file %1</translation>
    </message>
    <message>
        <source>Period %1 · printed %2</source>
        <translation>Period %1 · printed %2</translation>
    </message>
    <message>
        <source>Litres per 100 km are read fill to fill: a fill&apos;s litres over the tracked trip km since the fill before it, as the fuel check reads them. Costs are fuel and repairs; trip prices are not included.</source>
        <translation>Litres per 100 km are read fill to fill: a fill&apos;s litres over the tracked trip km since the fill before it, as the fuel check reads them. Costs are fuel and repairs; trip prices are not included.</translation>
    </message>
</context>
<context>
    <name>VehicleFileText</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>No trips in this period.</source>
        <translation>No trips in this period.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nav km</source>
        <translation>Nav km</translation>
    </message>
    <message>
        <source>Tracked km</source>
        <translation>Tracked km</translation>
    </message>
    <message>
        <source>Tracked ÷ nav</source>
        <translation>Tracked ÷ nav</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>Litres</translation>
    </message>
    <message>
        <source>Fuel (yuan)</source>
        <translation>Fuel (yuan)</translation>
    </message>
    <message>
        <source>no track</source>
        <translation>no track</translation>
    </message>
    <message>
        <source>Refuels</source>
        <translation>Refuels</translation>
    </message>
    <message>
        <source>No refuels in this period.</source>
        <translation>No refuels in this period.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Km since last fill</source>
        <translation>Km since last fill</translation>
    </message>
    <message>
        <source>L/100 km</source>
        <translation>L/100 km</translation>
    </message>
    <message>
        <source>first fill</source>
        <translation>first fill</translation>
    </message>
    <message>
        <source>Repairs and maintenance</source>
        <translation>Repairs and maintenance</translation>
    </message>
    <message>
        <source>No repairs in this period.</source>
        <translation>No repairs in this period.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>Odometer km</source>
        <translation>Odometer km</translation>
    </message>
    <message>
        <source>Traffic violations</source>
        <translation>Traffic violations</translation>
    </message>
    <message>
        <source>No violations in this period.</source>
        <translation>No violations in this period.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1 (on the trip at that time)</source>
        <translation>%1 (on the trip at that time)</translation>
    </message>
    <message>
        <source>unknown (no trip at that time)</source>
        <translation>unknown (no trip at that time)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No findings in this period.</source>
        <translation>No findings in this period.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Month and year totals</source>
        <translation>Month and year totals</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Repairs (yuan)</source>
        <translation>Repairs (yuan)</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>%1: the integrity check could not run: %2</source>
        <translation>%1: the integrity check could not run: %2</translation>
    </message>
    <message>
        <source>%1: integrity check: %2</source>
        <translation>%1: integrity check: %2</translation>
    </message>
    <message>
        <source>%1: the integrity check stopped: %2</source>
        <translation>%1: the integrity check stopped: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: integrity check passed; %2 stored days of tracks (%3 fixes) decode</source>
        <translation>%1: integrity check passed; %2 stored days of tracks (%3 fixes) decode</translation>
    </message>
</context>
<context>
    <name>WorkbookWriter</name>
    <message>
        <source>%1: sheet %2, row %3, column %4 holds more than %5 characters, more than a workbook cell holds</source>
        <translation>%1: sheet %2, row %3, column %4 holds more than %5 characters, more than a workbook cell holds</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: cannot write</translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3</source>
        <translation>sheet %1, row %2, column %3</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: cannot write %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1: cannot replace the file</translation>
    </message>
</context>
<context>
    <name>WriteScope</name>
    <message>
        <source>unknown SQLite error</source>
        <translation>unknown SQLite error</translation>
    </message>
    <message>
        <source>the database file is read-only (%1)</source>
        <translation>the database file is read-only (%1)</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: not an .xlsx workbook (%2)</source>
        <translation>%1: not an .xlsx workbook (%2)</translation>
    </message>
    <message>
        <source>%1: not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>%1: not an .xlsx workbook (no xl/workbook.xml)</translation>
    </message>
    <message>
        <source>%1: xl/sharedStrings.xml: %2</source>
        <translation>%1: xl/sharedStrings.xml: %2</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet %2</source>
        <translation>%1: the workbook has no sheet %2</translation>
    </message>
    <message>
        <source>%1: row %2: bad cell reference %3</source>
        <translation>%1: row %2: bad cell reference %3</translation>
    </message>
    <message>
        <source>%1: cell %2 names shared string %3, which the workbook does not have</source>
        <translation>%1: cell %2 names shared string %3, which the workbook does not have</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: not a zip file (no central directory)</source>
        <translation>%1: not a zip file (no central directory)</translation>
    </message>
    <message>
        <source>%1: damaged zip directory (entry %2)</source>
        <translation>%1: damaged zip directory (entry %2)</translation>
    </message>
    <message>
        <source>%1: no member %2</source>
        <translation>%1: no member %2</translation>
    </message>
    <message>
        <source>%1: %2 is encrypted</source>
        <translation>%1: %2 is encrypted</translation>
    </message>
    <message>
        <source>%1: %2: damaged member header</source>
        <translation>%1: %2: damaged member header</translation>
    </message>
    <message>
        <source>%1: %2: damaged or zip64 member</source>
        <translation>%1: %2: damaged or zip64 member</translation>
    </message>
    <message>
        <source>%1: %2: compression method %3 is not supported</source>
        <translation>%1: %2: compression method %3 is not supported</translation>
    </message>
    <message>
        <source>%1: %2: cannot inflate</source>
        <translation>%1: %2: cannot inflate</translation>
    </message>
    <message>
        <source>%1: %2 does not inflate (damaged)</source>
        <translation>%1: %2 does not inflate (damaged)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FleetDesk cannot open its database</source>
        <translation>FleetDesk cannot open its database</translation>
    </message>
</context>
</TS>
