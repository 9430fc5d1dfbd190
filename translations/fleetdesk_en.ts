<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>FleetDesk command line: import, export and demo data.</source>
        <translation>FleetDesk command line: import, export and demo data.</translation>
    </message>
    <message>
        <source>The FleetDesk database file (created if missing).</source>
        <translation>The FleetDesk database file (created if missing).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The vehicle an NMEA log belongs to.</source>
        <translation>The vehicle an NMEA log belongs to.</translation>
    </message>
    <message>
        <source>PLATE</source>
        <translation>PLATE</translation>
    </message>
    <message>
        <source>First day checked, YYYY-MM-DD (Beijing time).</source>
        <translation>First day checked, YYYY-MM-DD (Beijing time).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day checked, inclusive.</source>
        <translation>Last day checked, inclusive.</translation>
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
        <source>json, csv or table.</source>
        <translation>json, csv or table.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>import KIND FILE | export KIND FILE | demo</source>
        <translation>import KIND FILE | export KIND FILE | demo</translation>
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
        <source>check: the anomaly rules are not part of this build yet</source>
        <translation>check: the anomaly rules are not part of this build yet</translation>
    </message>
    <message>
        <source>usage: import KIND FILE</source>
        <translation>usage: import KIND FILE</translation>
    </message>
    <message>
        <source>%1: %2 records read, %3 added or changed</source>
        <translation>%1: %2 records read, %3 added or changed</translation>
    </message>
    <message>
        <source>usage: export KIND FILE</source>
        <translation>usage: export KIND FILE</translation>
    </message>
    <message>
        <source>%1: %2 records written</source>
        <translation>%1: %2 records written</translation>
    </message>
    <message>
        <source>demo data: %1 agencies, %2 vehicles, %3 drivers, %4 fuel cards, %5 stations, %6 geofences (%7 records added or changed)</source>
        <translation>demo data: %1 agencies, %2 vehicles, %3 drivers, %4 fuel cards, %5 stations, %6 geofences (%7 records added or changed)</translation>
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
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>demo %1, record %2: %3</source>
        <translation>demo %1, record %2: %3</translation>
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
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>History of %1 %2</translation>
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
        <source>Trip requests, approval and the dispatch board: assign a car and a driver on a timeline, with double bookings refused.</source>
        <translation>Trip requests, approval and the dispatch board: assign a car and a driver on a timeline, with double bookings refused.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Replay trips on the map against the request and work through the anomalies the eight rules find.</source>
        <translation>Replay trips on the map against the request and work through the anomalies the eight rules find.</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>Maintenance and refuel ledgers and traffic violations.</source>
        <translation>Maintenance and refuel ledgers and traffic violations.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Supervision orders (督办单) with deadlines, replies and closing.</source>
        <translation>Supervision orders (督办单) with deadlines, replies and closing.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Monthly figures per agency, vehicle and driver, exported to Excel and PDF.</source>
        <translation>Monthly figures per agency, vehicle and driver, exported to Excel and PDF.</translation>
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
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not yet available in this version</source>
        <translation>Not yet available in this version</translation>
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
        <source>feature %1: %2</source>
        <translation>feature %1: %2</translation>
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
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
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
        <source>the change log could not be written</source>
        <translation>the change log could not be written</translation>
    </message>
    <message>
        <source>the record does not exist</source>
        <translation>the record does not exist</translation>
    </message>
    <message>
        <source>still referenced by %1: %2</source>
        <translation>still referenced by %1: %2</translation>
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
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3 to %4</source>
        <translation>%1 %2 is outside %3 to %4</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>%1 is not a plate like 苏F·A1234</source>
        <translation>%1 is not a plate like 苏F·A1234</translation>
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
        <source>Used by the map when it arrives. Without a tile server the map shows the offline basemap.</source>
        <translation>Used by the map when it arrives. Without a tile server the map shows the offline basemap.</translation>
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
        <source>FleetDesk works fully offline; synchronisation with the backend arrives with a later version. A certificate that does not verify is never accepted silently.</source>
        <translation>FleetDesk works fully offline; synchronisation with the backend arrives with a later version. A certificate that does not verify is never accepted silently.</translation>
    </message>
    <message>
        <source>The backend is reached over HTTPS only.</source>
        <translation>The backend is reached over HTTPS only.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>FleetDesk cannot open its database</source>
        <translation>FleetDesk cannot open its database</translation>
    </message>
</context>
</TS>
