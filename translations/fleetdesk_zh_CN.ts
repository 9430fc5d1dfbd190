<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(area)</source>
        <translation>（范围）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>When (Beijing time)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Emergency</source>
        <translation>机要应急</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>执法执勤</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般公务</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>Gasoline</source>
        <translation>汽油</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>柴油</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合动力</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>纯电动</translation>
    </message>
    <message>
        <source>A1 large bus</source>
        <translation>A1 大型客车</translation>
    </message>
    <message>
        <source>A2 tractor</source>
        <translation>A2 牵引车</translation>
    </message>
    <message>
        <source>A3 city bus</source>
        <translation>A3 城市公交车</translation>
    </message>
    <message>
        <source>B1 medium bus</source>
        <translation>B1 中型客车</translation>
    </message>
    <message>
        <source>B2 large truck</source>
        <translation>B2 大型货车</translation>
    </message>
    <message>
        <source>C1 small car</source>
        <translation>C1 小型汽车</translation>
    </message>
    <message>
        <source>C2 small car, automatic</source>
        <translation>C2 小型自动挡汽车</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>离岗</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>FleetDesk command line: import, export and demo data.</source>
        <translation>FleetDesk 命令行工具：导入、导出和生成演示数据。</translation>
    </message>
    <message>
        <source>The FleetDesk database file (created if missing).</source>
        <translation>FleetDesk 数据库文件（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The vehicle an NMEA log belongs to.</source>
        <translation>NMEA 日志所属的车辆。</translation>
    </message>
    <message>
        <source>PLATE</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>First day checked, YYYY-MM-DD (Beijing time).</source>
        <translation>检查的起始日期，格式为 YYYY-MM-DD（北京时间）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day checked, inclusive.</source>
        <translation>检查的截止日期（含当日）。</translation>
    </message>
    <message>
        <source>A rule to run (repeatable); all when absent.</source>
        <translation>要运行的规则（可多次指定）；未指定时运行全部规则。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>json, csv or table.</source>
        <translation>json、csv 或 table。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>import KIND FILE | export KIND FILE | demo</source>
        <translation>import 类型 文件 | export 类型 文件 | demo</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>未指定命令；请使用 --help 查看帮助</translation>
    </message>
    <message>
        <source>unknown command %1; try --help</source>
        <translation>未知命令 %1；请使用 --help 查看帮助</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>必须指定 --db 文件</translation>
    </message>
    <message>
        <source>check: the anomaly rules are not part of this build yet</source>
        <translation>check：此版本尚未包含异常规则</translation>
    </message>
    <message>
        <source>usage: import KIND FILE</source>
        <translation>用法：import 类型 文件</translation>
    </message>
    <message>
        <source>%1: %2 records read, %3 added or changed</source>
        <translation>%1：读取 %2 条记录，新增或修改 %3 条</translation>
    </message>
    <message>
        <source>usage: export KIND FILE</source>
        <translation>用法：export 类型 文件</translation>
    </message>
    <message>
        <source>%1: %2 records written</source>
        <translation>%1：已写入 %2 条记录</translation>
    </message>
    <message>
        <source>demo data: %1 agencies, %2 vehicles, %3 drivers, %4 fuel cards, %5 stations, %6 geofences (%7 records added or changed)</source>
        <translation>演示数据：单位 %1 个，车辆 %2 辆，驾驶员 %3 名，油卡 %4 张，加油站 %5 个，电子围栏 %6 个（新增或修改 %7 条记录）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>带引号的字段缺少结束引号</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>结束引号后有多余文本</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: not a FleetDesk database: %2</source>
        <translation>%1：不是 FleetDesk 数据库：%2</translation>
    </message>
    <message>
        <source>%1: written by a newer FleetDesk (schema %2, this one knows %3)</source>
        <translation>%1：由更高版本的 FleetDesk 写入（数据库结构版本 %2，本版本最高支持 %3）</translation>
    </message>
    <message>
        <source>%1: upgrade to schema %2 failed: %3</source>
        <translation>%1：升级到数据库结构版本 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1: upgrade to schema %2 could not be saved: %3</source>
        <translation>%1：升级到数据库结构版本 %2 后无法保存：%3</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>demo %1, record %2: %3</source>
        <translation>演示数据 %1，第 %2 条记录：%3</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Bound plate</source>
        <translation>绑定车牌</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>车辆类别</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>品牌型号</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料类型</translation>
    </message>
    <message>
        <source>BeiDou terminal</source>
        <translation>北斗终端号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Driver code</source>
        <translation>驾驶员编号</translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation>准驾车型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>加油站编号</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>围栏范围</translation>
    </message>
    <message>
        <source>Limited to plates</source>
        <translation>适用车牌</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>%1 %2 的变更记录</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Agencies</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Fuel cards</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Fuel stations</source>
        <translation>加油站</translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation>加油站</translation>
    </message>
    <message>
        <source>Geofences</source>
        <translation>电子围栏</translation>
    </message>
    <message>
        <source>Geofence</source>
        <translation>电子围栏</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FleetDesk — official vehicle service platform</source>
        <translation>FleetDesk — 公务用车服务平台</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Trip requests, approval and the dispatch board: assign a car and a driver on a timeline, with double bookings refused.</source>
        <translation>用车申请、审批和调度看板：在时间轴上安排车辆和驾驶员，拒绝重复派车。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Replay trips on the map against the request and work through the anomalies the eight rules find.</source>
        <translation>在地图上对照用车申请回放行程，逐条处理八项规则发现的异常。</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Maintenance and refuel ledgers and traffic violations.</source>
        <translation>维修台账、加油台账和交通违章。</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Supervision orders (督办单) with deadlines, replies and closing.</source>
        <translation>督办单的办理期限、回复和办结。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Monthly figures per agency, vehicle and driver, exported to Excel and PDF.</source>
        <translation>按单位、车辆和驾驶员统计的月度数据，可导出为 Excel 和 PDF。</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>操作未能完成：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FleetDesk</source>
        <translation>关于 FleetDesk(&amp;A)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline (no server configured)</source>
        <translation>离线（未配置服务器）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Records are read-only for the %1 role.</source>
        <translation>%1角色对档案仅有查看权限。</translation>
    </message>
    <message>
        <source>%1 vehicles · %2 drivers · %3 agencies</source>
        <translation>车辆 %1 辆 · 驾驶员 %2 名 · 单位 %3 个</translation>
    </message>
    <message>
        <source>Restart FleetDesk?</source>
        <translation>重启 FleetDesk？</translation>
    </message>
    <message>
        <source>The new language or database file takes effect after a restart. Restart now?</source>
        <translation>新的语言或数据库文件设置将在重启后生效。是否立即重启？</translation>
    </message>
    <message>
        <source>About FleetDesk</source>
        <translation>关于 FleetDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;FleetDesk %1&lt;/b&gt;&lt;br&gt;The desktop of the official vehicle service platform: dispatch, records, trip review and supervision, working offline on its own database.</source>
        <translation>&lt;b&gt;FleetDesk %1&lt;/b&gt;&lt;br&gt;公务用车服务平台桌面端：调度、档案、行程审查和督办，使用本地数据库离线工作。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not yet available in this version</source>
        <translation>当前版本暂未提供此功能</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>%1: unknown kind %2</source>
        <translation>%1：未知的档案类型 %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1：无法替换该文件</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>New %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑%1 %2</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>带 * 的为必填项。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>GeoJSON Polygon or MultiPolygon, [longitude, latitude] in WGS-84</source>
        <translation>GeoJSON Polygon 或 MultiPolygon，坐标为 WGS-84 [经度, 纬度]</translation>
    </message>
    <message>
        <source>Load from a GeoJSON file…</source>
        <translation>从 GeoJSON 文件加载…</translation>
    </message>
    <message>
        <source>Geofence area</source>
        <translation>电子围栏范围</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON 文件 (*.geojson *.json)</translation>
    </message>
    <message>
        <source>e.g. 苏F·A1234</source>
        <translation>例如 苏F·A1234</translation>
    </message>
    <message>
        <source>plates separated by commas; empty = all vehicles</source>
        <translation>多个车牌号用逗号分隔；留空表示全部车辆</translation>
    </message>
    <message>
        <source>decimal degrees, WGS-84</source>
        <translation>十进制度，WGS-84</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source>cannot import %1 (this version takes: %2)</source>
        <translation>无法导入 %1（此版本支持：%2）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is empty; a header row is needed</source>
        <translation>文件为空；需要表头行</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>表头缺少列 %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 不存在</translation>
    </message>
    <message>
        <source>%1 repeats line %2</source>
        <translation>%1 与第 %2 行重复</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection</source>
        <translation>不是 GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>feature %1: properties.plates must be an array</source>
        <translation>第 %1 个要素：properties.plates 必须是数组</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>第 %1 个要素：%2</translation>
    </message>
</context>
<context>
    <name>RecordListPane</name>
    <message>
        <source>Search %1…</source>
        <translation>搜索%1…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add a new %1 (Ctrl+N)</source>
        <translation>新增%1（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter or double-click)</source>
        <translation>编辑所选记录（回车或双击）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected record (Delete); it can be undone</source>
        <translation>删除所选记录（Delete 键），可撤销</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Who changed the selected record, and what</source>
        <translation>查看所选记录由谁修改、改了什么</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a file of %1</source>
        <translation>从文件导入%1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export %1 to CSV or Excel</source>
        <translation>将%1导出为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>Show only one %1</source>
        <translation>按%1筛选</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>全部%1</translation>
    </message>
    <message>
        <source>No %1 yet.
Use Add to enter one, or Import to read a file.</source>
        <translation>暂无%1。
点击“新增”逐条录入，或点击“导入”从文件读取。</translation>
    </message>
    <message>
        <source>No %1 yet.
An administrator adds them.</source>
        <translation>暂无%1。
由管理员负责录入。</translation>
    </message>
    <message>
        <source>No %1 match the search and filters.</source>
        <translation>没有符合搜索和筛选条件的%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown</source>
        <translation>
            <numerusform>显示 %1 条，共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Remove %1 %2? It stays in the history and the removal can be undone.</source>
        <translation>确定删除%1 %2 吗？该记录仍保留在变更记录中，删除操作可撤销。</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>%1 %2 cannot be removed: %3.</source>
        <translation>%1 %2 无法删除：%3。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON 文件 (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>已取消导入，未保存任何数据。</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>%1 has problems, so nothing was imported. Correct the file and import it again.</source>
        <translation>%1 存在问题，未导入任何数据。请修正文件后重新导入。</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 added or changed.</source>
        <translation>%1：读取 %2 条，新增或修改 %3 条。</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;Excel workbook (*.xlsx)</source>
        <translation>GeoJSON 文件 (*.geojson);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1: %2 records written.</source>
        <translation>%1：已写入 %2 条记录。</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>unknown kind of record</source>
        <translation>未知的档案类型</translation>
    </message>
    <message>
        <source>%1 %2 already exists</source>
        <translation>%1 %2 已存在</translation>
    </message>
    <message>
        <source>%1: the record it refers to does not exist</source>
        <translation>%1：引用的记录不存在</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>the change log could not be written</source>
        <translation>无法写入变更日志</translation>
    </message>
    <message>
        <source>the record does not exist</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <source>still referenced by %1: %2</source>
        <translation>仍被%1引用：%2</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>All vehicles</source>
        <translation>全部车辆</translation>
    </message>
    <message numerus="yes">
        <source>%n polygon(s), %1 points</source>
        <translation>
            <numerusform>%n 个多边形，%1 个点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>not a GeoJSON geometry: %1</source>
        <translation>不是 GeoJSON 几何对象：%1</translation>
    </message>
    <message>
        <source>geometry type %1 is not Polygon or MultiPolygon</source>
        <translation>几何类型 %1 不是 Polygon 或 MultiPolygon</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>the area has no polygon</source>
        <translation>范围中没有多边形</translation>
    </message>
    <message>
        <source>a polygon has no ring</source>
        <translation>多边形中没有环</translation>
    </message>
    <message>
        <source>a ring has %1 positions; at least 4 are needed</source>
        <translation>环只有 %1 个坐标点；至少需要 4 个</translation>
    </message>
    <message>
        <source>a position is not [longitude, latitude]</source>
        <translation>坐标点不是 [经度, 纬度] 格式</translation>
    </message>
    <message>
        <source>position [%1, %2] is outside the range of longitude and latitude</source>
        <translation>坐标点 [%1, %2] 超出经纬度范围</translation>
    </message>
    <message>
        <source>a ring is not closed (its last position must equal its first)</source>
        <translation>环未闭合（最后一个坐标点必须与第一个相同）</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 不是有效的电话号码</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3 to %4</source>
        <translation>%1 %2 超出 %3 至 %4 的范围</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 不是可选值（%2）之一</translation>
    </message>
    <message>
        <source>%1 is not a plate like 苏F·A1234</source>
        <translation>%1 不是有效的车牌号（格式如 苏F·A1234）</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>督查员</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Anomaly rules</source>
        <translation>异常规则</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>FleetDesk database (*.sqlite *.db)</source>
        <translation>FleetDesk 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Language and database file take effect the next time FleetDesk starts.</source>
        <translation>语言和数据库文件设置将在下次启动 FleetDesk 时生效。</translation>
    </message>
    <message>
        <source>Every threshold is inclusive (以上/以下 count the number itself). The defaults are those of the discipline-inspection platform.</source>
        <translation>所有阈值均含本数（“以上”“以下”包括本数）。默认值与纪检监察预警平台一致。</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Tile server (XYZ template)</source>
        <translation>瓦片服务器（XYZ 模板）</translation>
    </message>
    <message>
        <source>Used by the map when it arrives. Without a tile server the map shows the offline basemap.</source>
        <translation>供后续推出的地图功能使用。未配置瓦片服务器时，地图显示离线底图。</translation>
    </message>
    <message>
        <source>Municipal backend (HTTPS)</source>
        <translation>市级平台后台（HTTPS）</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书文件 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>FleetDesk works fully offline; synchronisation with the backend arrives with a later version. A certificate that does not verify is never accepted silently.</source>
        <translation>FleetDesk 可完全离线工作；与后台的同步功能将在后续版本中提供。未通过验证的证书绝不会被静默接受。</translation>
    </message>
    <message>
        <source>The backend is reached over HTTPS only.</source>
        <translation>只能通过 HTTPS 访问后台。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to FleetDesk</source>
        <translation>登录 FleetDesk</translation>
    </message>
    <message>
        <source>Official vehicle service platform</source>
        <translation>公务用车服务平台</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>请输入姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>a name is needed: the change log records who did what</source>
        <translation>请输入姓名：变更日志会记录每项操作的操作人</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <source>Destination reached within</source>
        <translation>到达目的地判定半径</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Track mileage vs navigation, at least</source>
        <translation>轨迹里程达到导航里程的</translation>
    </message>
    <message>
        <source>×</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>Fuel per 100 km vs prior three months, at least</source>
        <translation>百公里油耗达到前三个月的</translation>
    </message>
    <message>
        <source>Fuel rule needs at least</source>
        <translation>油耗判定最低行驶里程</translation>
    </message>
    <message>
        <source>Car within this distance of the station</source>
        <translation>车辆距加油站不超过</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <source>Minutes before and after a refuel</source>
        <translation>加油前后时间范围</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Refuels between two tasks, at least</source>
        <translation>两次任务间加油次数不少于</translation>
    </message>
    <message>
        <source>Violations in a month, at least</source>
        <translation>单月违章次数不少于</translation>
    </message>
    <message>
        <source>Drop fixes implying a speed above</source>
        <translation>剔除推算车速高于此值的定位点</translation>
    </message>
    <message>
        <source>km/h</source>
        <translation>公里/小时</translation>
    </message>
    <message>
        <source>A gap this long starts a new location anomaly</source>
        <translation>定位异常分段间隔</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FleetDesk cannot open its database</source>
        <translation>FleetDesk 无法打开数据库</translation>
    </message>
</context>
</TS>
