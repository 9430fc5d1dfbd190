<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustChargeCommand</name>
    <message>
        <source>The amount to bill, in yuan.</source>
        <translation>结算金额（元）。</translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Take the adjustment back: the standard&apos;s price is billed again.</source>
        <translation>撤销调整，按收费标准结算。</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>原因（必填）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>%1: adjustment taken back</source>
        <translation>%1：已撤销调整</translation>
    </message>
    <message>
        <source>%1: %2 yuan billed</source>
        <translation>%1：按 %2 元结算</translation>
    </message>
</context>
<context>
    <name>AdjustChargeDialog</name>
    <message>
        <source>Take the adjustment back: bill the standard&apos;s price again</source>
        <translation>撤销调整：重新按标准价格收费</translation>
    </message>
    <message>
        <source>Adjust the charge of %1</source>
        <translation>调整派车单 %1 的费用</translation>
    </message>
    <message>
        <source>Standard&apos;s price</source>
        <translation>标准价格</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Bill instead</source>
        <translation>改按此金额收费</translation>
    </message>
    <message>
        <source>Why? The reason is kept in the order&apos;s history with the old and new amount.</source>
        <translation>调整原因（将与调整前后的金额一并记入派车单的变更记录）：</translation>
    </message>
    <message>
        <source>For example: detour ordered by the agency, charged by the navigation km</source>
        <translation>例如：用车单位要求绕行，按导航里程计费</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Write a reason first</source>
        <translation>请先填写原因</translation>
    </message>
</context>
<context>
    <name>AgencyStatement</name>
    <message>
        <source>Vehicle charges of %1 for %2</source>
        <translation>%1 %2 用车费用结算单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>派车单号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Adjustment reason</source>
        <translation>调整原因</translation>
    </message>
</context>
<context>
    <name>AnomaliesPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>First day checked (Beijing time)</source>
        <translation>检查的第一天（北京时间）</translation>
    </message>
    <message>
        <source>Last day checked, included (Beijing time)</source>
        <translation>检查的最后一天，含当天（北京时间）</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>开始检查(&amp;R)</translation>
    </message>
    <message>
        <source>Run the eight anomaly rules over the period and keep what they find. Findings already known keep their status.</source>
        <translation>按八项异常规则检查所选时段并保存结果。已有的异常保留其处理状态。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the check; nothing of it is stored (Esc)</source>
        <translation>停止检查，本次结果不保存（Esc）</translation>
    </message>
    <message>
        <source>–</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show one kind of anomaly</source>
        <translation>只显示一类异常</translation>
    </message>
    <message>
        <source>Show one agency&apos;s vehicles</source>
        <translation>只显示一个单位的车辆</translation>
    </message>
    <message>
        <source>Show one vehicle</source>
        <translation>只显示一辆车</translation>
    </message>
    <message>
        <source>Show one driver</source>
        <translation>只显示一名驾驶员</translation>
    </message>
    <message>
        <source>Show one month (Beijing time)</source>
        <translation>只显示一个月（北京时间）</translation>
    </message>
    <message>
        <source>Show one status</source>
        <translation>只显示一种状态</translation>
    </message>
    <message>
        <source>All anomalies</source>
        <translation>全部异常</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not dismissed)</source>
        <translation>待处理（未驳回）</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>全部车辆</translation>
    </message>
    <message>
        <source>All drivers</source>
        <translation>全部驾驶员</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>No anomalies found yet.
Choose a period above and press Run checks: the eight rules look at its dispatch orders, tracks, refuels and violations.</source>
        <translation>暂无异常。
请在上方选择时段并点击“开始检查”：八项规则将核查该时段的派车单、轨迹、加油记录和违章。</translation>
    </message>
    <message>
        <source>No anomalies found yet.
An auditor runs the checks; what they find appears here.</source>
        <translation>暂无异常。
督查员运行检查后，发现的异常将显示在这里。</translation>
    </message>
    <message>
        <source>No anomalies match the filters.
Choose &quot;All&quot; in a filter to see more.</source>
        <translation>没有符合筛选条件的异常。
将筛选项改为“全部”可查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(-ies)</source>
        <translation>
            <numerusform>%n 条异常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n anomaly(-ies) shown</source>
        <translation>
            <numerusform>显示 %1 条，共 %n 条异常</numerusform>
        </translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Checking %1 – %2…</source>
        <translation>正在检查 %1 至 %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Check of %1 cancelled; nothing was stored.</source>
        <translation>%1 的检查已取消，未保存任何结果。</translation>
    </message>
    <message>
        <source>The check of %1 failed: %2</source>
        <translation>%1 的检查失败：%2</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>检查失败</translation>
    </message>
    <message>
        <source>Checked %1: no anomalies.</source>
        <translation>已检查 %1：未发现异常。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n anomaly(-ies) found.</source>
        <translation>
            <numerusform>已检查 %1：发现 %n 条异常。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them new.</source>
        <translation>
            <numerusform>其中新发现 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>The anomaly was not changed: %1.</source>
        <translation>异常状态未更改：%1。</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Dismiss anomaly</source>
        <translation>驳回异常</translation>
    </message>
    <message>
        <source>Why is this finding not a problem? The reason is kept with the finding and in the change log.</source>
        <translation>为什么此异常不构成问题？驳回理由将随异常记录一并保存，并写入变更日志。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>No supervision order</source>
        <translation>未生成督办单</translation>
    </message>
    <message>
        <source>No order was drafted: %1.</source>
        <translation>未能草拟督办单：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Supervision order %1 drafted from %n finding(s).</source>
        <translation>
            <numerusform>已根据 %n 条异常草拟督办单 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomalyDetailPane</name>
    <message>
        <source>&amp;Review</source>
        <translation>审查(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the finding as under review: someone is looking into it</source>
        <translation>标记为审查中：已有人跟进核查</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>驳回(&amp;D)…</translation>
    </message>
    <message>
        <source>Close the finding as not a problem; asks for the reason, which is kept</source>
        <translation>认定不构成问题并关闭此异常；需填写驳回理由，理由将被保存</translation>
    </message>
    <message>
        <source>No anomaly selected</source>
        <translation>未选择异常</translation>
    </message>
    <message>
        <source>Select an anomaly in the list to see its evidence and act on it.</source>
        <translation>在列表中选择一条异常，即可查看其依据并进行处理。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Reopen for review</source>
        <translation>重新审查(&amp;R)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>最近处理</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>派车单</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Found first %1, last %2 (Beijing time).</source>
        <translation>首次发现 %1，最近一次发现 %2（北京时间）。</translation>
    </message>
    <message>
        <source>Replay the trip on the map</source>
        <translation>在地图上回放行程</translation>
    </message>
    <message>
        <source>This finding belongs to no dispatch order.</source>
        <translation>该异常不属于任何派车单。</translation>
    </message>
    <message>
        <source>Open dispatch order %1 in the trip review</source>
        <translation>在行程回放中打开派车单 %1</translation>
    </message>
    <message>
        <source>&amp;Supervise…</source>
        <translation>督办(&amp;S)…</translation>
    </message>
    <message>
        <source>Draft a supervision order (督办单) about the selected findings; it opens on the Supervision page to be issued to the agency.</source>
        <translation>就所选异常草拟督办单，在督办页面打开，待下发给责任单位。</translation>
    </message>
    <message>
        <source>Vehicle file</source>
        <translation>车辆档案</translation>
    </message>
    <message>
        <source>Open the file of %1: its trips, refuels, repairs and findings</source>
        <translation>打开 %1 的车辆档案：出车、加油、维修和异常</translation>
    </message>
</context>
<context>
    <name>AnomalyStore</name>
    <message>
        <source>New</source>
        <translation>新发现</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>已督办</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>the finding does not exist</source>
        <translation>该异常不存在</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>未知状态 %1</translation>
    </message>
    <message>
        <source>dismissing a finding needs a reason</source>
        <translation>驳回异常必须填写理由</translation>
    </message>
    <message>
        <source>Violation confirmed</source>
        <translation>违规属实</translation>
    </message>
</context>
<context>
    <name>AnomalyTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>异常类型</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>AnomalyText</name>
    <message>
        <source>Location</source>
        <translation>定位异常</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地异常</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程数异常</translation>
    </message>
    <message>
        <source>Fuel consumption</source>
        <translation>油耗异常</translation>
    </message>
    <message>
        <source>Fuel card binding</source>
        <translation>油卡绑定异常</translation>
    </message>
    <message>
        <source>Fuel card use</source>
        <translation>油卡使用异常</translation>
    </message>
    <message>
        <source>Refuel frequency</source>
        <translation>加油频率异常</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违章异常</translation>
    </message>
    <message>
        <source>A vehicle outside every geofence that applies to it, at a time no dispatch order covers.</source>
        <translation>车辆在无派车单的时段位于所有适用电子围栏之外。</translation>
    </message>
    <message>
        <source>A finished trip whose track never comes within the set distance of its destination.</source>
        <translation>已结束的出车任务，其轨迹始终未进入目的地设定距离以内。</translation>
    </message>
    <message>
        <source>Track mileage within the booked window at or above the set multiple of the navigation mileage.</source>
        <translation>用车时段内的轨迹里程达到或超过导航里程的设定倍数。</translation>
    </message>
    <message>
        <source>A driver&apos;s litres per 100 km in a month at or above the set multiple of his rate over the three months before.</source>
        <translation>驾驶员当月百公里油耗达到或超过前三个月平均油耗的设定倍数。</translation>
    </message>
    <message>
        <source>A fuel card bound to a plate that is not an official vehicle.</source>
        <translation>油卡绑定的车牌不是在册公务用车。</translation>
    </message>
    <message>
        <source>A refuel while the bound vehicle&apos;s track never comes near the station.</source>
        <translation>加油时绑定车辆的轨迹始终未靠近加油站。</translation>
    </message>
    <message>
        <source>Several refuels with one card between two dispatch orders of its vehicle.</source>
        <translation>同一油卡在所绑车辆两次派车之间多次加油。</translation>
    </message>
    <message>
        <source>Several traffic violations of one vehicle in one calendar month.</source>
        <translation>同一车辆在一个自然月内多次违章。</translation>
    </message>
    <message>
        <source>%1 km tracked / %2 km navigated (×%3)</source>
        <translation>轨迹 %1 公里 / 导航 %2 公里（×%3）</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>无轨迹</translation>
    </message>
    <message>
        <source>Closest %1 km</source>
        <translation>最近 %1 公里</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) outside</source>
        <translation>
            <numerusform>围栏外 %n 个定位点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vs %2 L/100 km</source>
        <translation>%1 对比 %2 升/百公里</translation>
    </message>
    <message>
        <source>Card %1 on a retired vehicle</source>
        <translation>油卡 %1 绑定已报废车辆</translation>
    </message>
    <message>
        <source>Card %1 on an unregistered plate</source>
        <translation>油卡 %1 绑定非在册车牌</translation>
    </message>
    <message numerus="yes">
        <source>%n refuel(s) between orders</source>
        <translation>
            <numerusform>两次派车间加油 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in %1</source>
        <translation>
            <numerusform>%1 违章 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Track %1 km vs navigation %2 km, ratio %3 ≥ %4.</source>
        <translation>轨迹里程 %1 公里，导航里程 %2 公里，比值 %3 ≥ %4。</translation>
    </message>
    <message>
        <source>Booked window %1 – %2.</source>
        <translation>用车时段 %1 至 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) on the track.</source>
        <translation>
            <numerusform>轨迹共 %n 个定位点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) dropped as jumps above %1 km/h.</source>
        <translation>
            <numerusform>因推算速度超过 %1 公里/小时，剔除漂移点 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>（%1, %2）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2, %3）</translation>
    </message>
    <message>
        <source>No position fix at all inside the booked window, so the trip to %1 cannot be confirmed.</source>
        <translation>用车时段内没有任何定位点，无法确认车辆到达%1。</translation>
    </message>
    <message>
        <source>The track came no closer than %1 km to the destination %2; the limit is %3 km.</source>
        <translation>轨迹距目的地 %2 最近 %1 公里，超过限值 %3 公里。</translation>
    </message>
    <message>
        <source>Closest point of the track: (%1, %2).</source>
        <translation>轨迹最近点：（%1, %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) outside every geofence that applies, with no dispatch order covering them, from %1 to %2.</source>
        <translation>
            <numerusform>%1 至 %2 期间，有 %n 个定位点位于所有适用电子围栏之外，且无派车单覆盖。</numerusform>
        </translation>
    </message>
    <message>
        <source>First fix at (%1, %2), last at (%3, %4).</source>
        <translation>首个定位点（%1, %2），最后一个定位点（%3, %4）。</translation>
    </message>
    <message>
        <source>No geofence applies to this vehicle.</source>
        <translation>该车辆没有适用的电子围栏。</translation>
    </message>
    <message>
        <source>Geofences that apply: %1.</source>
        <translation>适用的电子围栏：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A gap of more than %1 minutes between fixes starts a new finding.</source>
        <translation>定位点间隔超过 %1 分钟即另计一条异常。</translation>
    </message>
    <message>
        <source>In %1: %2 L over %3 km, %4 L/100 km.</source>
        <translation>%1：行驶 %3 公里，耗油 %2 升，百公里油耗 %4 升。</translation>
    </message>
    <message>
        <source>The three months before (%1): %2 L over %3 km, %4 L/100 km.</source>
        <translation>前三个月（%1）：行驶 %3 公里，耗油 %2 升，百公里油耗 %4 升。</translation>
    </message>
    <message>
        <source>Ratio %1 ≥ %2 (each part needs at least %3 km).</source>
        <translation>比值 %1 ≥ %2（两部分里程均须不少于 %3 公里）。</translation>
    </message>
    <message>
        <source>%1 %2 km</source>
        <translation>%1 %2 公里</translation>
    </message>
    <message>
        <source>Vehicles driven: %1.</source>
        <translation>驾驶车辆：%1。</translation>
    </message>
    <message>
        <source>Fuel card %1 is bound to %2, a retired vehicle.</source>
        <translation>油卡 %1 绑定的 %2 为已报废车辆。</translation>
    </message>
    <message>
        <source>Fuel card %1 is bound to %2, which is not in the vehicle registry.</source>
        <translation>油卡 %1 绑定的 %2 不在车辆档案中。</translation>
    </message>
    <message numerus="yes">
        <source>%n refuel(s) with it in the period checked: %1 L, %2 yuan.</source>
        <translation>
            <numerusform>检查时段内用该卡加油 %n 次，共 %1 升、%2 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 L (%2 yuan) with card %3 at %4 (%5), %6.</source>
        <translation>%6 用油卡 %3 在 %4（%5）加油 %1 升（%2 元）。</translation>
    </message>
    <message>
        <source>The vehicle reported no position from %1 to %2.</source>
        <translation>%1 至 %2 期间车辆没有上报任何定位。</translation>
    </message>
    <message>
        <source>From %1 to %2 the track came no closer than %3 m to the station; the limit is %4 m.</source>
        <translation>%1 至 %2 期间轨迹距加油站最近 %3 米，超过限值 %4 米。</translation>
    </message>
    <message>
        <source>The refuel falls within dispatch order %1.</source>
        <translation>加油时间在派车单 %1 的用车时段内。</translation>
    </message>
    <message numerus="yes">
        <source>%n refuel(s) with card %1 between dispatch order %2 (ended %3) and %4 (starts %5); the limit is %6.</source>
        <translation>
            <numerusform>油卡 %1 在派车单 %2（%3 结束）与 %4（%5 开始）之间加油 %n 次，限值为 %6 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at station %2: %3 L, %4 yuan.</source>
        <translation>%1 在加油站 %2：%3 升，%4 元。</translation>
    </message>
    <message numerus="yes">
        <source>%n traffic violation(s) of this vehicle in %1; the limit is %2.</source>
        <translation>
            <numerusform>该车 %1 违章 %n 次，限值为 %2 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, code %2, driver %3.</source>
        <translation>%1，违章代码 %2，驾驶员 %3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message numerus="yes">
        <source>answered %n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天回复</numerusform>
        </translation>
    </message>
    <message>
        <source>public complaint %1 confirmed</source>
        <translation>12345 投诉 %1 属实</translation>
    </message>
    <message>
        <source>%1 confirmed (%2, %3)</source>
        <translation>%1属实（%2，%3）</translation>
    </message>
    <message>
        <source>rectified within its time: points returned</source>
        <translation>按期整改到位，退回扣分</translation>
    </message>
    <message>
        <source>unanswered past the deadline %1</source>
        <translation>超过办理期限 %1 未回复</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s), still unanswered</source>
        <translation>
            <numerusform>已逾期 %n 天，仍未回复</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardLayout</name>
    <message>
        <source>(no agency)</source>
        <translation>（无单位）</translation>
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
        <source>Maintenance: %1</source>
        <translation>维修：%1</translation>
    </message>
    <message>
        <source>In the shop until %1: %2</source>
        <translation>在修至 %1：%2</translation>
    </message>
</context>
<context>
    <name>BoardPainter</name>
    <message>
        <source>No vehicles yet. Add them under Records → Vehicles.</source>
        <translation>还没有车辆。请在“档案 → 车辆”中添加。</translation>
    </message>
    <message>
        <source>No vehicle matches the filter.</source>
        <translation>没有符合筛选条件的车辆。</translation>
    </message>
    <message>
        <source>Drop to dispatch %1 to %2</source>
        <translation>松开即把 %1 派给 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s)</source>
        <translation>
            <numerusform>%n 辆车</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n 座</numerusform>
        </translation>
    </message>
    <message>
        <source>(in maintenance)</source>
        <translation>（维修中）</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>（已报废）</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>在修</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>the trip ends before it starts</source>
        <translation>行程结束时间早于开始时间</translation>
    </message>
    <message>
        <source>%1 is in maintenance</source>
        <translation>%1 正在维修保养</translation>
    </message>
    <message>
        <source>%1 is retired</source>
        <translation>%1 已报废</translation>
    </message>
    <message>
        <source>driver %1 is off duty</source>
        <translation>驾驶员 %1 不在岗</translation>
    </message>
    <message>
        <source>%1 has %2 seats: %3 passengers and the driver do not fit</source>
        <translation>%1 只有 %2 个座位，坐不下 %3 名乘车人和驾驶员</translation>
    </message>
    <message>
        <source>driver %1 holds %2; %3 with %4 seats needs %5</source>
        <translation>驾驶员 %1 持 %2 驾照；%4 座的 %3 需要 %5 驾照</translation>
    </message>
    <message>
        <source>no recorded licence</source>
        <translation>无驾照记录</translation>
    </message>
    <message>
        <source>%1 is already booked: %2</source>
        <translation>%1 该时段已被预订：%2</translation>
    </message>
    <message>
        <source>driver %1 is already booked: %2</source>
        <translation>驾驶员 %1 该时段已有任务：%2</translation>
    </message>
    <message>
        <source>%1 is in the shop (%2) from %3 to %4</source>
        <translation>%1 在修（%2），%3 至 %4</translation>
    </message>
</context>
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
    <name>CheckCommand</name>
    <message>
        <source>First day, YYYY-MM-DD (Beijing time).</source>
        <translation>起始日期，YYYY-MM-DD（北京时间）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day, inclusive, YYYY-MM-DD.</source>
        <translation>截止日期（含当日），YYYY-MM-DD。</translation>
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
        <source>check needs --from DATE and --to DATE as YYYY-MM-DD</source>
        <translation>check 需要 --from DATE 和 --to DATE，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to 早于 --from</translation>
    </message>
    <message>
        <source>%1 anomalies (%2 new, %3 updated, %4 already known)</source>
        <translation>%1 条异常（新发现 %2 条，更新 %3 条，已知 %4 条）</translation>
    </message>
</context>
<context>
    <name>CheckService</name>
    <message>
        <source>unknown rule %1 (rules: %2)</source>
        <translation>未知规则 %1（可用规则：%2）</translation>
    </message>
    <message>
        <source>the findings could not be stored: %1</source>
        <translation>检查结果无法保存：%1</translation>
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
    <message>
        <source>City</source>
        <translation>市内</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Long distance</source>
        <translation>长途</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派车</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已出车</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已回场</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Routing service</source>
        <translation>路径规划服务</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已报备转办</translation>
    </message>
    <message>
        <source>Servicing</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Annual inspection</source>
        <translation>年检</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>The FleetDesk database file (created if missing).</source>
        <translation>FleetDesk 数据库文件（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
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
        <source>--format is json, csv or table</source>
        <translation>--format 只能是 json、csv 或 table</translation>
    </message>
    <message>
        <source>Read settings (rule thresholds, map, center) from this INI file.</source>
        <translation>从此 INI 文件读取设置（规则阈值、地图、中心名称）。</translation>
    </message>
    <message>
        <source>FleetDesk command line: records, positions, checks, dispatch and more.</source>
        <translation>FleetDesk 命令行：档案、定位、异常核查、调度等。</translation>
    </message>
    <message>
        <source>One of the commands below, with its arguments.</source>
        <translation>下列命令之一及其参数。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>--settings %1: no such file</source>
        <translation>--settings %1：文件不存在</translation>
    </message>
    <message>
        <source>--settings %1: not a settings (INI) file</source>
        <translation>--settings %1：不是设置（INI）文件</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
</context>
<context>
    <name>CompareFinanceCommand</name>
    <message>
        <source>A calendar month in Beijing time, YYYY-MM.</source>
        <translation>北京时间的自然月，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>%1 trips billed in %2, %3 payments read, %4 mismatches</source>
        <translation>%2 计费行程 %1 趟，读入支付 %3 笔，不一致 %4 处</translation>
    </message>
</context>
<context>
    <name>ComplaintMatcher</name>
    <message>
        <source>No plate given: nothing to match.</source>
        <translation>未提供车牌，无法比对。</translation>
    </message>
    <message>
        <source>%1 is not an official car of the registry.</source>
        <translation>%1 不是登记在册的公务车辆。</translation>
    </message>
    <message>
        <source>%1 belongs to %2; no time given, so no trip to match.</source>
        <translation>%1 属于%2；未提供时间，无法比对任务。</translation>
    </message>
    <message>
        <source>At %1 %2 was on dispatch order %3 for %4 (to %5, %6).</source>
        <translation>%1 时 %2 正在执行%4的派车单 %3（去往%5，%6）。</translation>
    </message>
    <message>
        <source>no destination named</source>
        <translation>未填目的地</translation>
    </message>
    <message>
        <source>no purpose given</source>
        <translation>未填事由</translation>
    </message>
    <message>
        <source>At %1 %2 was on no dispatch order; the nearest is %3.</source>
        <translation>%1 时 %2 无派车任务；最近的派车单为 %3。</translation>
    </message>
    <message>
        <source>At %1 %2 was on no dispatch order within two hours.</source>
        <translation>%1 时 %2 前后两小时内均无派车任务。</translation>
    </message>
    <message>
        <source>Its track has a fix at %1 (%2, %3).</source>
        <translation>轨迹在 %1 有定位点（%2, %3）。</translation>
    </message>
    <message>
        <source>That is %1 km from the place the caller named.</source>
        <translation>距投诉人所述地点 %1 公里。</translation>
    </message>
    <message>
        <source>Its track has no fix within 15 minutes of that time.</source>
        <translation>该时间前后 15 分钟内轨迹无定位点。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflict: %1 %2</source>
        <translation>同步冲突：%1 %2</translation>
    </message>
    <message>
        <source>This %1 was changed on the server as well. Choose which version stays.</source>
        <translation>此%1在服务器上也被修改过。请选择保留哪个版本。</translation>
    </message>
    <message>
        <source>The server refused this change of the %1.</source>
        <translation>服务器拒绝了对此%1的修改。</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1</source>
        <translation>服务器给出的原因：%1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>Send this desk&apos;s version again; it replaces the server&apos;s.</source>
        <translation>重新上传本机版本，替换服务器上的版本。</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用服务器版本</translation>
    </message>
    <message>
        <source>The server does not have it: remove it here.</source>
        <translation>服务器上没有这条记录：在本机删除它。</translation>
    </message>
    <message>
        <source>Replace this desk&apos;s version with the server&apos;s.</source>
        <translation>用服务器上的版本替换本机版本。</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not on the server</source>
        <translation>服务器上没有</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 修改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine (this desk)</source>
        <translation>本机版本</translation>
    </message>
    <message>
        <source>Theirs (the server)</source>
        <translation>服务器版本</translation>
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
    <message>
        <source>the file ends in the middle of a UTF-8 character (byte 0x%1): it looks cut short</source>
        <translation>文件在一个 UTF-8 字符中间结束（字节 0x%1），文件似乎不完整</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8 or GB18030, so the file&apos;s encoding is unknown; save it as UTF-8</source>
        <translation>字节 0x%1 既不是有效的 UTF-8 也不是有效的 GB18030，无法确定文件编码；请将文件另存为 UTF-8</translation>
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
    <message>
        <source>it holds tables of another program (%1)</source>
        <translation>其中是其他程序的数据表（%1）</translation>
    </message>
    <message>
        <source>schema %1 without FleetDesk&apos;s tables</source>
        <translation>结构版本 %1，但没有 FleetDesk 的数据表</translation>
    </message>
    <message>
        <source>%1: not a database file: FleetDesk keeps its records in a file on disk, named by its path</source>
        <translation>%1：不是数据库文件：FleetDesk 的档案保存在磁盘上的文件中，请给出文件路径</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1：不是文件</translation>
    </message>
    <message>
        <source>%1: the file is read-only and has schema %2; this FleetDesk reads schema %3 once it has upgraded the file, which needs write access</source>
        <translation>%1：文件为只读，结构版本为 %2；本版 FleetDesk 需先将文件升级到结构版本 %3 才能读取，升级需要写入权限</translation>
    </message>
    <message>
        <source>%1: the file is read-only, and this needs to write to it</source>
        <translation>%1：文件为只读，而此操作需要写入</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>demo data: %1 agencies, %2 vehicles, %3 drivers, %4 fuel cards, %5 stations, %6 geofences</source>
        <translation>演示数据：%1 个单位、%2 辆车、%3 名驾驶员、%4 张油卡、%5 个加油站、%6 个电子围栏</translation>
    </message>
    <message>
        <source>operations: %1 dispatch orders, %2 fixes, %3 refuels, %4 violations, %5 maintenance entries</source>
        <translation>运行数据：%1 张派车单、%2 个定位点、%3 条加油记录、%4 条违章、%5 条维修保养记录</translation>
    </message>
    <message>
        <source>%1 records and %2 fixes added or changed</source>
        <translation>新增或更改 %1 条记录和 %2 个定位点</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>demo %1, record %2: %3</source>
        <translation>演示数据 %1，第 %2 条记录：%3</translation>
    </message>
    <message>
        <source>demo: the database cannot be written: %1</source>
        <translation>演示数据：无法写入数据库：%1</translation>
    </message>
    <message>
        <source>demo: could not be saved: %1</source>
        <translation>演示数据：无法保存：%1</translation>
    </message>
</context>
<context>
    <name>DispatchActions</name>
    <message>
        <source>Signed in as %1, you may look at the board but not dispatch.</source>
        <translation>以%1身份登录，只能查看看板，不能派车。</translation>
    </message>
    <message>
        <source>%1 cannot take request %2:
%3</source>
        <translation>%1 不能承担申请单 %2：
%3</translation>
    </message>
    <message>
        <source>Request %1 was not dispatched:
%2</source>
        <translation>申请单 %1 未能派车：
%2</translation>
    </message>
    <message>
        <source>Request %1 dispatched: %2 with driver %3.</source>
        <translation>申请单 %1 已派车：%2，驾驶员 %3。</translation>
    </message>
    <message>
        <source>New trip request</source>
        <translation>新建用车申请</translation>
    </message>
    <message>
        <source>Map…</source>
        <translation>地图…</translation>
    </message>
    <message>
        <source>Pick from the agency&apos;s usual places, the county seats, or a click on the map</source>
        <translation>从本单位常用地点、县市驻地中选择，或在地图上点选</translation>
    </message>
    <message>
        <source>Request %1 submitted.</source>
        <translation>申请单 %1 已提交。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) dispatched.</source>
        <translation>
            <numerusform>已派出 %n 张申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was dispatched:
%1</source>
        <translation>未派出任何申请：
%1</translation>
    </message>
    <message>
        <source>Nothing was dispatched: the day changed since the plan was made.
%1</source>
        <translation>未派出任何申请：方案制定后当天情况已变化。
%1</translation>
    </message>
    <message>
        <source>No referral providers are set (Settings, Dispatch).</source>
        <translation>尚未设置转办服务商（设置 → 调度）。</translation>
    </message>
    <message>
        <source>Request %1 referred to %2.</source>
        <translation>申请单 %1 已报备转办至 %2。</translation>
    </message>
    <message>
        <source>Dispatch order %1</source>
        <translation>派车单 %1</translation>
    </message>
    <message>
        <source>Print dispatch order %1</source>
        <translation>打印派车单 %1</translation>
    </message>
    <message>
        <source>The dispatch order was not printed: %1</source>
        <translation>派车单未打印：%1</translation>
    </message>
    <message>
        <source>Dispatch order %1 sent to %2.</source>
        <translation>派车单 %1 已发送到 %2。</translation>
    </message>
    <message>
        <source>Save dispatch order %1</source>
        <translation>保存派车单 %1</translation>
    </message>
    <message>
        <source>dispatch-order-%1.pdf</source>
        <translation>派车单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The dispatch order was not written: %1</source>
        <translation>派车单未能写出：%1</translation>
    </message>
    <message>
        <source>Dispatch order %1 saved as %2.</source>
        <translation>派车单 %1 已保存为 %2。</translation>
    </message>
    <message>
        <source>Request %1 approved.</source>
        <translation>申请单 %1 已批准。</translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation>驳回申请单 %1</translation>
    </message>
    <message>
        <source>Why is the request rejected? The applicant reads this.</source>
        <translation>驳回理由？申请人会看到。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>申请单 %1 已驳回。</translation>
    </message>
    <message>
        <source>Cancel request %1</source>
        <translation>取消申请单 %1</translation>
    </message>
    <message>
        <source>Why is the request cancelled?</source>
        <translation>取消理由？</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>取消申请</translation>
    </message>
    <message>
        <source>Request %1 cancelled.</source>
        <translation>申请单 %1 已取消。</translation>
    </message>
    <message>
        <source>Dispatch order %1 was not moved:
%2</source>
        <translation>派车单 %1 未能调整：
%2</translation>
    </message>
    <message>
        <source>Dispatch order %1 moved to %2, %3–%4.</source>
        <translation>派车单 %1 已调整为 %2，%3–%4。</translation>
    </message>
    <message>
        <source>Departure of %1</source>
        <translation>出车登记：%1</translation>
    </message>
    <message>
        <source>Departure of %1 recorded.</source>
        <translation>%1 出车已登记。</translation>
    </message>
    <message>
        <source>Return of %1</source>
        <translation>回场登记：%1</translation>
    </message>
    <message>
        <source>Return of %1 recorded: %2 km driven.</source>
        <translation>%1 回场已登记：行驶 %2 公里。</translation>
    </message>
    <message>
        <source>Request %1 settled.</source>
        <translation>申请单 %1 已结算。</translation>
    </message>
    <message>
        <source>Why is the trip cancelled? The car and the driver become free again.</source>
        <translation>取消理由？车辆和驾驶员将重新空闲。</translation>
    </message>
    <message>
        <source>Cancel trip</source>
        <translation>取消行程</translation>
    </message>
    <message>
        <source>Request %1 cancelled; its order is withdrawn.</source>
        <translation>申请单 %1 已取消，派车单已撤回。</translation>
    </message>
</context>
<context>
    <name>DispatchAllCommand</name>
    <message>
        <source>The day whose approved requests dispatch-all plans, YYYY-MM-DD.</source>
        <translation>dispatch-all 统筹派车的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>dispatch-all: store the plan, not only print it.</source>
        <translation>dispatch-all：保存方案，而不只是打印。</translation>
    </message>
    <message>
        <source>no approved requests on %1</source>
        <translation>%1 没有已批准的申请</translation>
    </message>
    <message>
        <source>plan for %1: %2 assigned, %3 unassigned, total cost %4 (%5)</source>
        <translation>%1 的方案：派出 %2 张，未派 %3 张，总代价 %4（%5）</translation>
    </message>
    <message numerus="yes">
        <source>optimal, %n node(s) searched</source>
        <translation>
            <numerusform>最优，搜索了 %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>best found; the search stopped after %n node(s)</source>
        <translation>
            <numerusform>找到的最好方案；搜索在 %n 个节点后停止</numerusform>
        </translation>
    </message>
    <message>
        <source>, at most %1 above the optimum</source>
        <translation>，至多比最优高 %1</translation>
    </message>
    <message>
        <source>vehicle %1, driver %2</source>
        <translation>车辆 %1，驾驶员 %2</translation>
    </message>
    <message>
        <source>%1  unassigned: %2</source>
        <translation>%1  未派：%2</translation>
    </message>
    <message>
        <source>nothing was stored:</source>
        <translation>没有保存任何内容：</translation>
    </message>
    <message numerus="yes">
        <source>stored %n dispatch order(s)</source>
        <translation>
            <numerusform>已保存 %n 张派车单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatchAllDialog</name>
    <message>
        <source>Dispatch all requests of %1</source>
        <translation>统筹派车：%1 的全部申请</translation>
    </message>
    <message>
        <source>Planning the day&apos;s approved requests…</source>
        <translation>正在为当天已批准的申请制定方案…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请单</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>用车时间</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派车</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No approved request is waiting for a car on %1.</source>
        <translation>%1 没有等待派车的已批准申请。</translation>
    </message>
    <message>
        <source>This is the cheapest plan the booking rules allow (proven).</source>
        <translation>这是派车规则允许的代价最低的方案（已证明）。</translation>
    </message>
    <message>
        <source>The search stopped at its limit: the best plan found, at most %1 above the cheapest.</source>
        <translation>搜索达到上限后停止：这是找到的最好方案，至多比最低代价高 %1。</translation>
    </message>
    <message>
        <source>The search stopped at its limit: the best plan found.</source>
        <translation>搜索达到上限后停止：这是找到的最好方案。</translation>
    </message>
    <message>
        <source>The others stay in the queue; the red rows say why.</source>
        <translation>其余仍在待派车队列中，红色行说明了原因。</translation>
    </message>
    <message numerus="yes">
        <source>Dispatch %n request(s)</source>
        <translation>
            <numerusform>派出 %n 张申请</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>无法制定方案：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) get a car and a driver, total cost %2. %3</source>
        <translation>
            <numerusform>%n 张申请中有 %1 张分配到车辆和驾驶员，总代价 %2。%3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>Dispatch board</source>
        <translation>调度看板</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>驾驶员：%1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>目的地：%1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>申请单：%1</translation>
    </message>
    <message>
        <source>Car: %1 %2 (%3)</source>
        <translation>车辆：%1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>DispatchBoardData</name>
    <message>
        <source>Dispatched</source>
        <translation>已派车</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已回场</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Order without request</source>
        <translation>无申请的派车单</translation>
    </message>
</context>
<context>
    <name>DispatchCommand</name>
    <message>
        <source>The driver&apos;s code.</source>
        <translation>驾驶员编号。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Hours this month</source>
        <translation>本月已派时长</translation>
    </message>
    <message>
        <source>Dispatch request %1</source>
        <translation>派车：申请单 %1</translation>
    </message>
    <message>
        <source>Free cars, best first:</source>
        <translation>空闲车辆（最合适的在前）：</translation>
    </message>
    <message>
        <source>Car:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <source>Drivers free in this window whose licence covers the car:</source>
        <translation>该时段空闲且准驾车型符合的驾驶员：</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派车</translation>
    </message>
    <message>
        <source>No car is free for this request.</source>
        <translation>没有车辆可承担这张申请。</translation>
    </message>
    <message>
        <source>No driver is free in this window with the licence %1 needs.</source>
        <translation>该时段没有持 %1 所需准驾车型的空闲驾驶员。</translation>
    </message>
    <message>
        <source>idle a week or more</source>
        <translation>已闲置一周以上</translation>
    </message>
    <message numerus="yes">
        <source>idle %n day(s)</source>
        <translation>
            <numerusform>已闲置 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>back from a trip today</source>
        <translation>今日刚出车回来</translation>
    </message>
    <message>
        <source>the agency&apos;s own car</source>
        <translation>本单位车辆</translation>
    </message>
    <message>
        <source>pool car</source>
        <translation>公务用车平台车辆</translation>
    </message>
    <message>
        <source>another agency&apos;s car</source>
        <translation>其他单位车辆</translation>
    </message>
    <message numerus="yes">
        <source>%1 seats for %n passenger(s)</source>
        <translation>
            <numerusform>%1 座，乘车 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h booked this month</source>
        <translation>本月已排 %1 小时</translation>
    </message>
    <message>
        <source>Score %1 (lower ranks first) = agency %2 + spare seats %3 + hours booked %4 − idle days %5</source>
        <translation>得分 %1（越低越靠前）= 单位 %2 + 空余座位 %3 + 已排小时 %4 − 闲置天数 %5</translation>
    </message>
    <message>
        <source>Why it ranks here</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <source>Last trip</source>
        <translation>上次出车</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>用车单位：%1</translation>
    </message>
    <message>
        <source>Time: %1 – %2</source>
        <translation>用车时间：%1 – %2</translation>
    </message>
    <message>
        <source>Passengers: %1</source>
        <translation>乘车人数：%1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>目的地：%1</translation>
    </message>
    <message>
        <source>The agency&apos;s own cars come first, then pool cars, then other agencies&apos;; among those, the fewest empty seats, the fewest hours booked this month and the longest idle. Cars whose seats are not recorded are not offered for passengers.</source>
        <translation>先排本单位车辆，再排平台车辆，最后是其他单位车辆；同类中空余座位少、本月已排时数少、闲置时间长的靠前。未登记座位数的车辆不推荐用于载客。</translation>
    </message>
</context>
<context>
    <name>DispatchOrder</name>
    <message>
        <source>dispatch order %1 does not exist</source>
        <translation>派车单 %1 不存在</translation>
    </message>
</context>
<context>
    <name>DispatchOrderPrinter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 → %2 → back</source>
        <translation>%1 → %2 → 返回</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>派车单</translation>
    </message>
    <message>
        <source>Order number: %1</source>
        <translation>派车单号：%1</translation>
    </message>
    <message>
        <source>Request number: %1</source>
        <translation>申请单号：%1</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Applicant agency</source>
        <translation>用车单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>乘车人数</translation>
    </message>
    <message>
        <source>Trip type</source>
        <translation>行程类型</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>用车时间</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Navigation mileage</source>
        <translation>导航里程</translation>
    </message>
    <message>
        <source>Vehicle and driver</source>
        <translation>车辆与驾驶员</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>驾驶员电话</translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation>准驾车型</translation>
    </message>
    <message>
        <source>Departure and return</source>
        <translation>出车与回场</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>出车时间</translation>
    </message>
    <message>
        <source>Odometer out (km)</source>
        <translation>出车里程表（公里）</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回场时间</translation>
    </message>
    <message>
        <source>Odometer in (km)</source>
        <translation>回场里程表（公里）</translation>
    </message>
    <message>
        <source>Km driven</source>
        <translation>行驶里程</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>用车人</translation>
    </message>
    <message>
        <source>Printed %1 by FleetDesk</source>
        <translation>FleetDesk 打印于 %1</translation>
    </message>
    <message>
        <source>cannot draw on the page</source>
        <translation>无法在页面上绘制</translation>
    </message>
    <message>
        <source>Dispatch order %1</source>
        <translation>派车单 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>Ctrl+wheel or +/− zooms; arrow keys move between cars and through time; Home goes to now.</source>
        <translation>Ctrl+滚轮或 +/− 缩放；方向键在车辆间和时间上移动；Home 回到当前时刻。</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>往前</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>往后</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Plate, model or agency…</source>
        <translation>车牌、车型或单位…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Waiting for a car</source>
        <translation>待派车</translation>
    </message>
    <message>
        <source>Drag a request onto a car&apos;s row, or select it and press Enter.</source>
        <translation>把申请拖到车辆所在行，或选中后按回车。</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派车…</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>取消申请…</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>待审批（%1）</translation>
    </message>
    <message>
        <source>Waiting for a car (%1)</source>
        <translation>待派车（%1）</translation>
    </message>
    <message>
        <source>Departed…</source>
        <translation>出车…</translation>
    </message>
    <message>
        <source>Returned…</source>
        <translation>回场…</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Select a dispatch order on the board to record its departure and return.</source>
        <translation>在看板上选中派车单，即可登记出车和回场。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4–%5 · %6</source>
        <translation>%1 · %2 · %3 · %4–%5 · %6</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>报备转办…</translation>
    </message>
    <message>
        <source>Refer the trip to a social platform (报备): tinted rows are those the local rules suggest</source>
        <translation>将行程报备转办至社会化平台：底色标出的是按本地规定建议转办的申请</translation>
    </message>
    <message>
        <source>Dispatch all…</source>
        <translation>统筹派车…</translation>
    </message>
    <message>
        <source>Every approved request of the day shown, at once: the cheapest plan the rules allow</source>
        <translation>一次为当天全部已批准申请派车：规则允许的代价最低方案</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Who took each step of this trip&apos;s request, and when</source>
        <translation>这次行程的申请每一步由谁、在何时办理</translation>
    </message>
    <message>
        <source>Print order</source>
        <translation>打印派车单</translation>
    </message>
    <message>
        <source>The dispatch order (派车单): print it to sign, or save it as a PDF</source>
        <translation>派车单：打印后签字，或保存为 PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Vehicle file…</source>
        <translation>车辆档案…</translation>
    </message>
</context>
<context>
    <name>DispatchPlanner</name>
    <message>
        <source>the request does not exist</source>
        <translation>申请不存在</translation>
    </message>
    <message>
        <source>the request is %1, not approved</source>
        <translation>申请状态为%1，不是已批准</translation>
    </message>
    <message numerus="yes">
        <source>every car with room for %n passenger(s) and the driver is booked then</source>
        <translation>
            <numerusform>能坐下 %n 名乘客和驾驶员的车辆在该时段都已派出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no car in service has room for %n passenger(s) and the driver</source>
        <translation>
            <numerusform>没有在用车辆能坐下 %n 名乘客和驾驶员</numerusform>
        </translation>
    </message>
    <message>
        <source>no driver on duty is free then</source>
        <translation>该时段没有在岗的空闲驾驶员</translation>
    </message>
    <message>
        <source>the free cars need a %1 licence, which no free driver holds</source>
        <translation>空闲车辆需要 %1 准驾车型，空闲驾驶员中无人持有</translation>
    </message>
    <message>
        <source>the cars and drivers free for it are needed by other requests of this batch</source>
        <translation>可用的车辆和驾驶员已被本批其他申请占用</translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>request %1 does not exist</source>
        <translation>用车申请 %1 不存在</translation>
    </message>
    <message>
        <source>request %1: %2</source>
        <translation>用车申请 %1：%2</translation>
    </message>
    <message>
        <source>request %1: a reason is needed to %2 it</source>
        <translation>用车申请 %1：%2需要填写理由</translation>
    </message>
    <message>
        <source>the database is busy: %1</source>
        <translation>数据库正忙：%1</translation>
    </message>
    <message>
        <source>vehicle %1 does not exist</source>
        <translation>车辆 %1 不存在</translation>
    </message>
    <message>
        <source>driver %1 does not exist</source>
        <translation>驾驶员 %1 不存在</translation>
    </message>
    <message>
        <source>the booking could not be saved: %1</source>
        <translation>派车无法保存：%1</translation>
    </message>
    <message>
        <source>request %1: the odometer reads less than at departure (%2 km)</source>
        <translation>用车申请 %1：里程表读数小于出车时（%2 公里）</translation>
    </message>
    <message>
        <source>dispatch order %1 does not exist</source>
        <translation>派车单 %1 不存在</translation>
    </message>
    <message>
        <source>dispatch order %1 is already on the road and can no longer be moved</source>
        <translation>派车单 %1 已出车，不能再调整</translation>
    </message>
    <message>
        <source>dispatch order %1 has no driver</source>
        <translation>派车单 %1 没有驾驶员</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>调整未能保存：%1</translation>
    </message>
    <message>
        <source>request %1: name the service it is referred to</source>
        <translation>申请单 %1：请指明转办的服务商</translation>
    </message>
    <message>
        <source>request %1: a reason is needed to refer it</source>
        <translation>申请单 %1：报备转办需要理由</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>the plan could not be saved: %1</source>
        <translation>方案未能保存：%1</translation>
    </message>
    <message>
        <source>the plan could not be saved</source>
        <translation>方案未能保存</translation>
    </message>
    <message>
        <source>the request could not be saved: %1</source>
        <translation>申请未能保存：%1</translation>
    </message>
    <message>
        <source>request %1 could not be saved: %2</source>
        <translation>用车申请 %1 无法保存：%2</translation>
    </message>
    <message>
        <source>the cancellation could not be saved: %1</source>
        <translation>取消操作无法保存：%1</translation>
    </message>
    <message>
        <source>request %1 has no dispatch order</source>
        <translation>用车申请 %1 没有派车单</translation>
    </message>
    <message>
        <source>the departure could not be saved: %1</source>
        <translation>出车记录无法保存：%1</translation>
    </message>
    <message>
        <source>the return could not be saved: %1</source>
        <translation>收车记录无法保存：%1</translation>
    </message>
    <message>
        <source>the referral could not be saved: %1</source>
        <translation>报备无法保存：%1</translation>
    </message>
</context>
<context>
    <name>DispatchSuggestions</name>
    <message numerus="yes">
        <source>%1 has no recorded number of seats; %n passenger(s) may not fit</source>
        <translation>
            <numerusform>%1 未登记座位数，%n 名乘车人可能坐不下</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuePlansModel</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>到期（日期/里程）</translation>
    </message>
    <message>
        <source>How far</source>
        <translation>距到期</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1: %2 records written</source>
        <translation>%1：已写入 %2 条记录</translation>
    </message>
    <message>
        <source>The vehicle&apos;s plate (positions of one car).</source>
        <translation>车辆号牌（只导出这辆车的位置）。</translation>
    </message>
    <message>
        <source>PLATE</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (Beijing time).</source>
        <translation>起始日期，YYYY-MM-DD（北京时间）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day, inclusive, YYYY-MM-DD.</source>
        <translation>截止日期（含当日），YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--plate, --from and --to select positions only</source>
        <translation>--plate、--from 和 --to 只用于选择位置数据</translation>
    </message>
    <message>
        <source>%1: positions are exported as CSV or GPX (a month of tracks exceeds a workbook&apos;s rows)</source>
        <translation>%1：位置只能导出为 CSV 或 GPX（一个月的轨迹超过工作簿的行数上限）</translation>
    </message>
    <message>
        <source>--plate needs a plate</source>
        <translation>--plate 需要一个号牌</translation>
    </message>
    <message>
        <source>--%1 is a date as YYYY-MM-DD, not %2</source>
        <translation>--%1 应为 YYYY-MM-DD 格式的日期，而不是 %2</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to 早于 --from</translation>
    </message>
    <message>
        <source>%1: %2 fixes written</source>
        <translation>%1：已写入 %2 个定位点</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>no file to export to</source>
        <translation>未指定导出文件</translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, device or pipe); export to a file</source>
        <translation>%1：不是普通文件（文件夹、设备或管道）；请导出到文件</translation>
    </message>
    <message>
        <source>%1: this is the open database %2; export to another file</source>
        <translation>%1：这是正在打开的数据库 %2；请导出到其他文件</translation>
    </message>
</context>
<context>
    <name>FeedCommand</name>
    <message>
        <source>First day, YYYY-MM-DD (Beijing time).</source>
        <translation>起始日期，YYYY-MM-DD（北京时间）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Deliver the feed to the discipline-inspection platform over HTTPS.</source>
        <translation>通过 HTTPS 推送至纪委监督平台。</translation>
    </message>
    <message>
        <source>The platform&apos;s HTTPS address (default: the settings&apos;).</source>
        <translation>平台的 HTTPS 地址（默认取设置中的地址）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>A CA certificate (PEM) to trust besides the system&apos;s.</source>
        <translation>除系统证书外另行信任的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>feed: cannot write %1: %2</source>
        <translation>feed：无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n record(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>feed: no endpoint: give --endpoint or set feed/endpoint in the settings</source>
        <translation>feed：未配置推送地址：请用 --endpoint 指定，或在设置中填写 feed/endpoint</translation>
    </message>
    <message>
        <source>feed: cannot read %1: %2</source>
        <translation>feed：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>feed: %1 holds no PEM certificate</source>
        <translation>feed：%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>feed: %1 delivered, %2 delivered before, %3 requests</source>
        <translation>feed：本次推送 %1 条，此前已推送 %2 条，共请求 %3 次</translation>
    </message>
</context>
<context>
    <name>FeedSender</name>
    <message>
        <source>%1 refused record %2: HTTP %3 %4</source>
        <translation>%1 拒收记录 %2：HTTP %3 %4</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for record %3</source>
        <translation>%1 对记录 %3 返回 HTTP %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the feed&apos;s endpoint must be an https:// address, not %1</source>
        <translation>推送地址必须是 https:// 地址，而不是 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n tries)</source>
        <translation>
            <numerusform>%1（尝试 %n 次后放弃）</numerusform>
        </translation>
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
    <message>
        <source>Order number</source>
        <translation>派车单号</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Booked from</source>
        <translation>用车开始</translation>
    </message>
    <message>
        <source>Booked until</source>
        <translation>用车结束</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Destination latitude</source>
        <translation>目的地纬度</translation>
    </message>
    <message>
        <source>Destination longitude</source>
        <translation>目的地经度</translation>
    </message>
    <message>
        <source>Navigation km</source>
        <translation>导航里程（公里）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Trip type</source>
        <translation>行程类型</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>出车时间</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>出车里程表</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回场时间</translation>
    </message>
    <message>
        <source>Odometer in</source>
        <translation>回场里程表</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Fuel station</source>
        <translation>加油站</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Odometer km</source>
        <translation>里程表（公里）</translation>
    </message>
    <message>
        <source>Violation code</source>
        <translation>违章代码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>违章描述</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Repair shop</source>
        <translation>维修单位</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修保养项目</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>乘车人数</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出发地</translation>
    </message>
    <message>
        <source>Origin latitude</source>
        <translation>出发地纬度</translation>
    </message>
    <message>
        <source>Origin longitude</source>
        <translation>出发地经度</translation>
    </message>
    <message>
        <source>Navigation km from</source>
        <translation>导航里程来源</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>派车单</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转办服务商</translation>
    </message>
    <message>
        <source>Referral reason</source>
        <translation>转办理由</translation>
    </message>
    <message>
        <source>Referred at</source>
        <translation>报备时间</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>报备人</translation>
    </message>
    <message>
        <source>Charge (yuan)</source>
        <translation>结算金额（元）</translation>
    </message>
    <message>
        <source>Adjusted charge (yuan)</source>
        <translation>调整后金额（元）</translation>
    </message>
    <message>
        <source>Adjustment reason</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>Designated shop</source>
        <translation>定点维修厂</translation>
    </message>
    <message>
        <source>Shop code</source>
        <translation>维修厂编号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>合同起始</translation>
    </message>
    <message>
        <source>Contract until</source>
        <translation>合同截止</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Every km</source>
        <translation>间隔里程（公里）</translation>
    </message>
    <message>
        <source>Every months</source>
        <translation>间隔月数</translation>
    </message>
    <message>
        <source>Last done on</source>
        <translation>上次日期</translation>
    </message>
    <message>
        <source>Last done at km</source>
        <translation>上次里程（公里）</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证/派车单号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Complaint number</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Caller&apos;s account</source>
        <translation>来电反映内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>In the shop until</source>
        <translation>在修至</translation>
    </message>
</context>
<context>
    <name>FinanceComparison</name>
    <message>
        <source>Billed, not paid</source>
        <translation>已结算未付款</translation>
    </message>
    <message>
        <source>Paid, not billed</source>
        <translation>已付款未结算</translation>
    </message>
    <message>
        <source>Paid a different amount</source>
        <translation>付款金额不符</translation>
    </message>
    <message>
        <source>Paid by an agency with no trip</source>
        <translation>单位本月无用车却有付款</translation>
    </message>
    <message>
        <source>Finance comparison for %1</source>
        <translation>%1 财务比对</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>派车单号</translation>
    </message>
    <message>
        <source>Billed (yuan)</source>
        <translation>结算金额（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>付款金额（元）</translation>
    </message>
    <message>
        <source>Difference (yuan)</source>
        <translation>差额（元）</translation>
    </message>
    <message>
        <source>The finance office&apos;s payments match the month&apos;s bills.</source>
        <translation>财务付款与本月结算一致。</translation>
    </message>
</context>
<context>
    <name>FinanceComparisonDialog</name>
    <message>
        <source>Finance comparison for %1</source>
        <translation>%1 财务比对</translation>
    </message>
    <message>
        <source>The finance office&apos;s payments in %1 against the trips billed for %2.</source>
        <translation>财务付款明细 %1 与 %2 的结算行程比对结果。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出比对结果</translation>
    </message>
    <message>
        <source>finance-comparison-%1.xlsx</source>
        <translation>财务比对-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>Could not read the records for the report: %1</source>
        <translation>无法读取报表所需记录：%1</translation>
    </message>
    <message>
        <source>Not in the vehicle records</source>
        <translation>未登记车辆</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>By vehicle category</source>
        <translation>按车辆类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>车辆类别</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>出车次数</translation>
    </message>
    <message>
        <source>Nav km</source>
        <translation>导航里程</translation>
    </message>
    <message>
        <source>Tracked km</source>
        <translation>轨迹里程</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <source>Fuel (yuan)</source>
        <translation>燃油(元)</translation>
    </message>
    <message>
        <source>Repairs (yuan)</source>
        <translation>维修(元)</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>本期间无数据。</translation>
    </message>
    <message>
        <source>Utilisation: hours booked per car per working day (%1 working days)</source>
        <translation>车辆使用率：每车每工作日预订小时数（%1 个工作日）</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>预订小时</translation>
    </message>
    <message>
        <source>Hours per working day</source>
        <translation>每工作日小时</translation>
    </message>
    <message>
        <source>Last trip</source>
        <translation>上次出车</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <source>No vehicles in service.</source>
        <translation>没有在用车辆。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未出车</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>闲置</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>派车单号</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Evidence (JSON)</source>
        <translation>证据（JSON）</translation>
    </message>
    <message>
        <source>No findings in this period.</source>
        <translation>本期间无异常。</translation>
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
    <name>ImportAssistantDialog</name>
    <message>
        <source>Import assistant</source>
        <translation>导入向导</translation>
    </message>
    <message>
        <source>%1 (%2, %3 rows)</source>
        <translation>%1（%2，%3 行）</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>For example: 中石化加油卡对账单</source>
        <translation>例如：中石化加油卡对账单</translation>
    </message>
    <message>
        <source>The mapping is remembered under this name for the next statement from there</source>
        <translation>列对应关系以此名称保存，下次导入同一来源的对账单时自动套用</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Choose the column of: %1</source>
        <translation>请选择以下字段对应的列：%1</translation>
    </message>
    <message>
        <source>%1 rows would be refused (marked in red; the reason is in each cell&apos;s tooltip). Nothing is imported while any row is bad.</source>
        <translation>有 %1 行无法导入（红色标出，原因见单元格提示）。只要有一行有误，就不会导入任何数据。</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>全部 %1 行均可导入。</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>未导入任何数据：
%1</translation>
    </message>
    <message>
        <source>All %1 rows can be read.</source>
        <translation>全部 %1 行均可读取。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The vehicle&apos;s plate (the car an NMEA log belongs to).</source>
        <translation>车牌号（NMEA 日志所属车辆）。</translation>
    </message>
    <message>
        <source>PLATE</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>%1: %2 records read, %3 added or changed</source>
        <translation>%1：读取 %2 条记录，新增或修改 %3 条</translation>
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
    <message>
        <source>Dispatch orders</source>
        <translation>派车单</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>派车单</translation>
    </message>
    <message>
        <source>Refuels</source>
        <translation>加油记录</translation>
    </message>
    <message>
        <source>Refuel</source>
        <translation>加油记录</translation>
    </message>
    <message>
        <source>Traffic violations</source>
        <translation>违章</translation>
    </message>
    <message>
        <source>Traffic violation</source>
        <translation>违章记录</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维修保养</translation>
    </message>
    <message>
        <source>Maintenance entry</source>
        <translation>维修保养记录</translation>
    </message>
    <message>
        <source>Trip requests</source>
        <translation>用车申请</translation>
    </message>
    <message>
        <source>Trip request</source>
        <translation>用车申请</translation>
    </message>
    <message>
        <source>Repair shops</source>
        <translation>定点维修厂</translation>
    </message>
    <message>
        <source>Repair shop</source>
        <translation>维修单位</translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation>保养计划</translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation>保养计划</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>财务支付</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付记录</translation>
    </message>
    <message>
        <source>Public complaints</source>
        <translation>12345 投诉</translation>
    </message>
    <message>
        <source>Public complaint</source>
        <translation>12345 投诉</translation>
    </message>
</context>
<context>
    <name>LedgerBook</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not read the %1 ledger: %2</source>
        <translation>无法读取%1台账：%2</translation>
    </message>
    <message>
        <source>Refuel ledger</source>
        <translation>加油台账</translation>
    </message>
    <message>
        <source>Violation ledger</source>
        <translation>违章台账</translation>
    </message>
    <message>
        <source>Repair ledger</source>
        <translation>维修保养台账</translation>
    </message>
    <message>
        <source>Payment ledger</source>
        <translation>财务支付台账</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>加油站</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Km since last fill</source>
        <translation>距上次加油公里</translation>
    </message>
    <message>
        <source>L/100 km</source>
        <translation>百公里油耗（升）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>违法代码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Repair shop</source>
        <translation>维修厂</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修保养项目</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Odometer km</source>
        <translation>里程表读数（公里）</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1, on a trip then</source>
        <translation>%1（当时出车）</translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s), %1 yuan</source>
        <translation>
            <numerusform>共 %n 笔维修保养，%1 元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 yuan</source>
        <translation>
            <numerusform>共 %n 笔支付，%1 元</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this ledger for the period and filter.</source>
        <translation>该期间和筛选条件下台账无记录。</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n)</source>
        <translation>
            <numerusform>合计（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuels by %1</source>
        <translation>按%1汇总加油</translation>
    </message>
    <message>
        <source>Refuels</source>
        <translation>加油次数</translation>
    </message>
    <message>
        <source>No refuels to group.</source>
        <translation>没有可汇总的加油记录。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n refuel(s), %1 L, %2 yuan</source>
        <translation>
            <numerusform>共 %n 笔加油，%1 升，%2 元</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 L/100 km</source>
        <translation>，百公里油耗 %1 升</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>共 %n 起违章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them with the driver of the trip at that time</source>
        <translation>
            <numerusform>，其中 %n 起未登记驾驶员，按当时出车的驾驶员记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerJob</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1读取失败：%2</translation>
    </message>
</context>
<context>
    <name>LedgerPane</name>
    <message>
        <source>The last day, included</source>
        <translation>截止日（含当天）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Only this vehicle&apos;s rows</source>
        <translation>只看该车辆的记录</translation>
    </message>
    <message>
        <source>Only this agency&apos;s rows (a refuel counts for its card&apos;s agency, else its car&apos;s)</source>
        <translation>只看该单位的记录（加油按油卡所属单位计，油卡未填单位时按车辆所属单位）</translation>
    </message>
    <message>
        <source>Only this driver&apos;s rows: the one recorded, else the one on a trip in the car then</source>
        <translation>只看该驾驶员的记录：按登记的驾驶员，未登记时按当时出车的驾驶员</translation>
    </message>
    <message>
        <source>Totals by</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>The rows shown, with their sums, as an Excel workbook</source>
        <translation>将当前显示的记录及合计导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <source>The rows shown, with their sums, as a PDF</source>
        <translation>将当前显示的记录及合计打印为 PDF</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>全部车辆</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All drivers</source>
        <translation>全部驾驶员</translation>
    </message>
    <message>
        <source>Nothing in this ledger from %1 to %2.
Choose another period, or add entries in the Entries tab.</source>
        <translation>%1 至 %2 期间台账无记录。
请选择其他期间，或在“录入”页添加记录。</translation>
    </message>
    <message numerus="yes">
        <source>None of the period&apos;s %n row(s) match the filters.</source>
        <translation>
            <numerusform>该期间共 %n 条记录，均不符合筛选条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>%1-%2.xlsx</source>
        <translation>%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Ledger written to %1.</source>
        <translation>台账已导出到 %1。</translation>
    </message>
    <message>
        <source>Print ledger to PDF</source>
        <translation>打印台账为 PDF</translation>
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
        <translation>台账已打印到 %1。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading; the rows shown stay as they are</source>
        <translation>停止读取；当前显示的记录保持不变</translation>
    </message>
    <message>
        <source>Reading %1 to %2…</source>
        <translation>正在读取 %1 至 %2 的台账…</translation>
    </message>
    <message>
        <source>Reading cancelled: the rows shown are those of %1 to %2.</source>
        <translation>已取消读取：当前显示的是 %1 至 %2 的记录。</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing is shown.</source>
        <translation>已取消读取：未显示任何记录。</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
</context>
<context>
    <name>MBTilesSource</name>
    <message>
        <source>The tile file %1 does not exist.</source>
        <translation>瓦片文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file: %2</source>
        <translation>%1 不是 MBTiles 文件：%2</translation>
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
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
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
    <message>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Trip review</source>
        <translation>行程回放</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>调度看板</translation>
    </message>
    <message>
        <source>Dispatch orders</source>
        <translation>派车单</translation>
    </message>
    <message>
        <source>Dispatch order %1 no longer exists.</source>
        <translation>派车单 %1 已不存在。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Sign &amp;in to the server…</source>
        <translation>登录服务器(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out of the server</source>
        <translation>退出服务器登录(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign-in to the server failed</source>
        <translation>登录服务器失败</translation>
    </message>
    <message>
        <source>Signed in to the server as %1</source>
        <translation>已以 %1 身份登录服务器</translation>
    </message>
    <message>
        <source>Another role on the server</source>
        <translation>服务器上的角色不同</translation>
    </message>
    <message>
        <source>The server knows %1 as %2. Restart FleetDesk as %1 (%2)?</source>
        <translation>服务器上 %1 的角色是%2。是否以 %1（%2）重新启动 FleetDesk？</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>未设置服务器</translation>
    </message>
    <message>
        <source>Set the server&apos;s address (and its CA certificate, for the city&apos;s own authority) in Settings &gt; Server first.</source>
        <translation>请先在“设置 &gt; 服务器”中填写服务器地址（如证书由市里自己的证书机构签发，还需指定其 CA 证书）。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline (not signed in)</source>
        <translation>离线（未登录服务器）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项变更待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 项冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 项，共 %3 项）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Offline map: no tiles, graticule and district seats only</source>
        <translation>离线地图：无瓦片，仅显示经纬网和区县驻地</translation>
    </message>
</context>
<context>
    <name>MoveCommand</name>
    <message>
        <source>New start of a moved dispatch order (keeps its length).</source>
        <translation>调整后派车单的开始时间（保持时长）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>New end of a moved dispatch order.</source>
        <translation>调整后派车单的结束时间。</translation>
    </message>
    <message>
        <source>dispatch order %1 does not exist</source>
        <translation>派车单 %1 不存在</translation>
    </message>
    <message>
        <source>move: --start and --end take times like 2026-10-08 09:30</source>
        <translation>move：--start 和 --end 的时间格式如 2026-10-08 09:30</translation>
    </message>
</context>
<context>
    <name>OfflineBasemap</name>
    <message>
        <source>%1°E</source>
        <translation>东经%1°</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>西经%1°</translation>
    </message>
    <message>
        <source>%1°N</source>
        <translation>北纬%1°</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>南纬%1°</translation>
    </message>
</context>
<context>
    <name>OrderCommand</name>
    <message>
        <source>What the agency is to explain, or the text of a reply or acceptance.</source>
        <translation>要求单位说明的事项，或回复、审核意见的内容。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Why a request is rejected, cancelled or referred.</source>
        <translation>申请被驳回、取消或报备的理由。</translation>
    </message>
    <message>
        <source>How an order is closed: confirmed, explained or not-established.</source>
        <translation>督办单办结结论：confirmed、explained 或 not-established。</translation>
    </message>
    <message>
        <source>CONCLUSION</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>The day an order is to be answered by, YYYY-MM-DD (default: the settings&apos; working days).</source>
        <translation>督办单的办理期限，YYYY-MM-DD（默认按设置的工作日数计算）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>A file sent with the agency&apos;s reply (repeatable).</source>
        <translation>单位回复所附文件（可重复）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>order reply: cannot read %1: %2</source>
        <translation>order reply：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>order show: no supervision order %1</source>
        <translation>order show：没有督办单 %1</translation>
    </message>
    <message>
        <source>wrote %1 (supervision order %2%3)</source>
        <translation>已写入 %1（督办单 %2%3）</translation>
    </message>
    <message>
        <source>, no track to draw</source>
        <translation>，无轨迹可绘</translation>
    </message>
    <message>
        <source>, with the track&apos;s map</source>
        <translation>，附轨迹地图</translation>
    </message>
</context>
<context>
    <name>PaymentFile</name>
    <message>
        <source>%1:%2:1: the header has no column %3</source>
        <translation>%1:%2:1：表头缺少列 %3</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlacePickerDialog</name>
    <message>
        <source>Choose a place</source>
        <translation>选择地点</translation>
    </message>
    <message numerus="yes">
        <source>%1 (used %n time(s))</source>
        <translation>
            <numerusform>%1（用过 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Latitude, longitude (WGS-84)</source>
        <translation>纬度、经度（WGS-84）</translation>
    </message>
    <message>
        <source>Offline map: %1</source>
        <translation>离线地图：%1</translation>
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
    <name>PlansCommand</name>
    <message>
        <source>The day to judge, YYYY-MM-DD (today in Beijing when absent).</source>
        <translation>判断的日期，YYYY-MM-DD（缺省为北京时间今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>PlaybackControl</name>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>回放速度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time (Beijing)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Distance since the first fix</source>
        <translation>自首个定位点起的里程</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 公里/小时</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Fit to one minute</source>
        <translation>约一分钟放完</translation>
    </message>
</context>
<context>
    <name>PositionExporter</name>
    <message>
        <source>%1: vehicle %2 does not exist</source>
        <translation>%1：车辆 %2 不存在</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1：未写入：%2</translation>
    </message>
</context>
<context>
    <name>PositionImporter</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>an NMEA or GPX track needs the vehicle&apos;s plate (--plate)</source>
        <translation>NMEA 或 GPX 轨迹需要指定车牌号（--plate）</translation>
    </message>
    <message>
        <source>vehicle %1 does not exist</source>
        <translation>车辆 %1 不存在</translation>
    </message>
    <message>
        <source>%1 sentences, %2 fixes; skipped: %3 bad checksum, %4 void, %5 malformed, %6 without a date</source>
        <translation>%1 条语句，%2 个定位点；跳过：校验和错误 %3 条，无效定位 %4 条，格式错误 %5 条，缺少日期 %6 条</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>表头缺少列 %1</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>引号内的字段没有结束</translation>
    </message>
    <message>
        <source>plate is required</source>
        <translation>车牌号为必填项</translation>
    </message>
    <message>
        <source>%1 is not a time like 2026-10-08T09:30:00+08:00</source>
        <translation>%1 不是形如 2026-10-08T09:30:00+08:00 的时间</translation>
    </message>
    <message>
        <source>%1 is not a coordinate from %2 to %3</source>
        <translation>%1 不是 %2 到 %3 之间的坐标</translation>
    </message>
    <message>
        <source>%1 is not a number from 0 to %2</source>
        <translation>%1 不是 0 到 %2 之间的数值</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>the file holds only zero bytes: not a file of positions</source>
        <translation>文件内容全是零字节：不是位置数据文件</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8) and import it again</source>
        <translation>文件是 UTF-16 文本；请另存为 UTF-8（Excel 中选“CSV UTF-8”）后重新导入</translation>
    </message>
    <message>
        <source>no position fix in the file: %1 lines, %2 sentences; %3 bad checksum, %4 void (no satellite fix), %5 malformed, %6 without a date</source>
        <translation>文件中没有定位点：%1 行，%2 条语句；校验和错误 %3 条，无效（未定位）%4 条，格式错误 %5 条，无日期 %6 条</translation>
    </message>
    <message>
        <source>no track point with a time in the file (%1 points without &lt;time&gt;)</source>
        <translation>文件中没有带时间的轨迹点（%1 个点没有 &lt;time&gt;）</translation>
    </message>
    <message>
        <source>this vehicle&apos;s fix at %1 is %2 m from its fix at the same instant on line %3</source>
        <translation>该车 %1 的定位点与第 %3 行同一时刻的定位点相距 %2 米</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes: not a file of positions</source>
        <translation>该行超过 %1 字节：不是位置数据文件</translation>
    </message>
    <message>
        <source>byte 0x%1 is not UTF-8, as the lines before are</source>
        <translation>字节 0x%1 不是 UTF-8 编码，而前面各行是</translation>
    </message>
    <message>
        <source>byte 0x%1 is neither UTF-8 nor GB18030</source>
        <translation>字节 0x%1 既不是 UTF-8 也不是 GB18030 编码</translation>
    </message>
    <message>
        <source>byte 0x%1 is not GB18030, as the lines before are</source>
        <translation>字节 0x%1 不是 GB18030 编码，而前面各行是</translation>
    </message>
    <message>
        <source>%1 fixes repeat an earlier line&apos;s instant at the same place (within 1 m): one report sent twice, counted once (the first kept)</source>
        <translation>%1 个定位点与前面某行的时刻和位置（1 米以内）相同：同一报告重复发送，只计一次（保留第一条）</translation>
    </message>
    <message>
        <source>%1 is outside the years 2000 to 2099</source>
        <translation>%1 不在 2000 至 2099 年之间</translation>
    </message>
</context>
<context>
    <name>PrintOrderCommand</name>
    <message>
        <source>The dispatch order&apos;s number.</source>
        <translation>派车单号。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>print-order: no dispatch order %1</source>
        <translation>print-order：没有派车单 %1</translation>
    </message>
    <message>
        <source>print-order: cannot write %1</source>
        <translation>print-order：无法写入 %1</translation>
    </message>
    <message>
        <source>wrote %1 (dispatch order %2)</source>
        <translation>已写入 %1（派车单 %2）</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>For example: the detour was ordered by the requesting agency (note no. …)</source>
        <translation>例如：绕行系用车单位要求（批文号 …）</translation>
    </message>
    <message>
        <source>Write a reason first</source>
        <translation>请先填写理由</translation>
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
    <message>
        <source>%1: positions are exported as CSV only (a month of tracks exceeds a workbook&apos;s rows)</source>
        <translation>%1：定位数据只能导出为 CSV（一个月的轨迹超出 Excel 工作表的行数上限）</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 (%4) holds %5 characters; a workbook cell holds at most %6, so export it as CSV</source>
        <translation>%1：第 %2 行第 %3 列（%4）有 %5 个字符，工作簿单元格最多只能容纳 %6 个字符，请导出为 CSV</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 cannot be written: %4</source>
        <translation>%1：第 %2 行第 %3 列无法写入：%4</translation>
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
    <message>
        <source>Discard what you entered in this form?</source>
        <translation>放弃本表单中已填写的内容吗？</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
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
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>read as %1 (the file is not UTF-8); the first rows read: %2</source>
        <translation>按 %1 编码读取（文件不是 UTF-8）；前几行读取结果：%2</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation>第 %1 个要素（%2）</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation>无法保存：%1</translation>
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
    <message>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation>表格文件 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Vehicle file</source>
        <translation>车辆档案</translation>
    </message>
    <message>
        <source>Driver file</source>
        <translation>驾驶员档案</translation>
    </message>
    <message>
        <source>Trips, refuels, repairs, violations, findings and totals of the selected one</source>
        <translation>所选记录的出车、加油、维修、违章、异常及汇总</translation>
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
        <source>the record does not exist</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <source>still referenced by %1: %2</source>
        <translation>仍被%1引用：%2</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the change log could not be written: %1</source>
        <translation>变更记录无法写入：%1</translation>
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
        <source>%1 %2 is outside %3 to %4</source>
        <translation>%1 %2 超出 %3 至 %4 的范围</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 不是可选值（%2）之一</translation>
    </message>
    <message>
        <source>%1 is not a plate like 苏F·A1234</source>
        <translation>%1 不是有效的车牌号（格式如 苏F·A1234）</translation>
    </message>
    <message>
        <source>the booked window ends before it starts</source>
        <translation>用车结束时间早于开始时间</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation>%1：%2 不是整数</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1：%2 不是数字</translation>
    </message>
    <message>
        <source>%1: %2 is not a date like 2026-10-08</source>
        <translation>%1：%2 不是 2026-10-08 这样的日期</translation>
    </message>
    <message>
        <source>%1: %2 is not a time like 2026-10-08 09:30:00</source>
        <translation>%1：%2 不是 2026-10-08 09:30:00 这样的时间</translation>
    </message>
    <message>
        <source>%1: %2 is outside the years 2000 to 2099</source>
        <translation>%1：%2 不在 2000 年至 2099 年之间</translation>
    </message>
    <message>
        <source>a ring crosses itself at [%1, %2] (its edges %3 and %4 meet): a polygon&apos;s edges may not cross</source>
        <translation>边界环在 [%1, %2] 处自相交（第 %3 条边与第 %4 条边相交）：多边形的边不能交叉</translation>
    </message>
    <message>
        <source>the stay in the shop ends before its first day</source>
        <translation>在修结束日期早于进厂日期</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Show on map</source>
        <translation>地图显示</translation>
    </message>
    <message>
        <source>The refuel stations on a map, with this month&apos;s refuels and litres at each</source>
        <translation>在地图上显示加油站及本月各站加油次数和升数</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer request %1</source>
        <translation>报备转办申请单 %1</translation>
    </message>
    <message>
        <source>Why the trip goes to the social platform (kept with the request)</source>
        <translation>转办至社会化平台的理由（随申请单保存）</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>转办</translation>
    </message>
</context>
<context>
    <name>RefuelLedger</name>
    <message>
        <source>The refuel ledger could not read the dispatch orders of %1: %2</source>
        <translation>加油台账无法读取 %1 中的派车单：%2</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>The dispatch order&apos;s number.</source>
        <translation>派车单号。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Image size, WxH (default 1024x768).</source>
        <translation>图片尺寸，宽x高（默认 1024x768）。</translation>
    </message>
    <message>
        <source>render: --size must be WxH with each side 64 to 8192 pixels, e.g. 1024x768</source>
        <translation>render：--size 须为 宽x高，每边 64 至 8192 像素，例如 1024x768</translation>
    </message>
    <message>
        <source>render: no task %1</source>
        <translation>render：没有派车单 %1</translation>
    </message>
    <message>
        <source>render: dispatch order %1 has no valid start and end</source>
        <translation>render：派车单 %1 没有有效的起止时间</translation>
    </message>
    <message>
        <source>render: tile source ignored, drawing the offline basemap: %1</source>
        <translation>render：忽略瓦片源，改用离线底图：%1</translation>
    </message>
    <message>
        <source>render: cannot write %1</source>
        <translation>render：无法写入 %1</translation>
    </message>
    <message>
        <source>wrote %1 (%2x%3, %4 fixes, zoom %5%6)</source>
        <translation>已写入 %1（%2x%3，%4 个定位点，缩放级别 %5%6）</translation>
    </message>
    <message>
        <source>, offline basemap</source>
        <translation>，离线底图</translation>
    </message>
    <message>
        <source>render: dispatch order %1 has no fixes in its window; only the destination is drawn</source>
        <translation>render：派车单 %1 在其时段内没有定位点，仅绘制目的地</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Months from</source>
        <translation>月份从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <source>Export findings…</source>
        <translation>导出异常…</translation>
    </message>
    <message>
        <source>Every finding of the period with its evidence, as an Excel workbook</source>
        <translation>将本期间全部异常及其证据导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>By vehicle category</source>
        <translation>按车辆类别</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>车辆使用率</translation>
    </message>
    <message>
        <source>Km (tracked and navigation)</source>
        <translation>里程（轨迹与导航）</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>出车次数</translation>
    </message>
    <message>
        <source>Fuel (litres)</source>
        <translation>油量（升）</translation>
    </message>
    <message>
        <source>Cost (fuel and repairs, yuan)</source>
        <translation>费用（燃油和维修，元）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>%1 trips, %2 km tracked, cost %3 yuan (fuel and repairs; trip prices not included). Fleet utilisation: %4 h booked per car per working day (%5 cars, %6 working days, Monday to Friday). Idle cars: %7.</source>
        <translation>出车 %1 次，轨迹里程 %2 公里，费用 %3 元（燃油和维修，不含出车计费）。车辆使用率：每车每工作日预订 %4 小时（%5 辆车，%6 个工作日，周一至周五）。闲置车辆：%7。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Hours booked per working day, busiest %1 cars</source>
        <translation>每工作日预订小时数（使用最多的 %1 辆车）</translation>
    </message>
    <message>
        <source>Fleet report</source>
        <translation>车辆运行报表</translation>
    </message>
    <message>
        <source>Months %1 to %2</source>
        <translation>%1 至 %2 月</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>/fleet-report.xlsx</source>
        <translation>/车辆运行报表.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报表已写入 %1。</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>导出异常</translation>
    </message>
    <message>
        <source>/findings.xlsx</source>
        <translation>/稽核异常.xlsx</translation>
    </message>
    <message>
        <source>Findings written to %1.</source>
        <translation>异常已写入 %1。</translation>
    </message>
    <message>
        <source>Print report to PDF</source>
        <translation>报表打印为 PDF</translation>
    </message>
    <message>
        <source>/fleet-report.pdf</source>
        <translation>/车辆运行报表.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Report printed to %1.</source>
        <translation>报表已打印到 %1。</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>Why a request is rejected, cancelled or referred.</source>
        <translation>申请被驳回、取消或报备转办的理由。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The social platform a request is referred to (one of the settings&apos; providers).</source>
        <translation>申请转办的社会化平台（须为设置中的服务商之一）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>request add: %1 is not FIELD=VALUE with a field of a request</source>
        <translation>request add：%1 不是“字段=值”形式的用车申请字段</translation>
    </message>
    <message>
        <source>request add: %1 %2 does not exist</source>
        <translation>request add：%1 %2 不存在</translation>
    </message>
    <message>
        <source>request %1: %2 is not a referral provider of the settings (%3)</source>
        <translation>申请单 %1：%2 不是设置中的转办服务商（%3）</translation>
    </message>
    <message>
        <source>request add: %1 is set by the program, not given</source>
        <translation>request add：%1 由程序设定，不能手工填写</translation>
    </message>
</context>
<context>
    <name>RequestFlow</name>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派车</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已出车</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已回场</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 is not a step of a request</source>
        <translation>%1 不是用车申请的流程环节</translation>
    </message>
    <message>
        <source>a %1 request can no longer be cancelled</source>
        <translation>%1的用车申请不能再取消</translation>
    </message>
    <message>
        <source>a %1 request cannot become %2</source>
        <translation>%1的用车申请不能变为%2</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已报备转办</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message numerus="yes">
        <source>The local rules suggest referring this trip to a social platform (long distance, or more than %n passenger(s)).</source>
        <translation>
            <numerusform>按本地规定，建议将此行程转办至社会化平台（长途，或乘车人数超过 %n 人）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passenger(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>前往 %1</translation>
    </message>
    <message>
        <source>Pax</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>RequestRouteHelper</name>
    <message>
        <source>Get from routing service</source>
        <translation>从路线服务获取</translation>
    </message>
    <message>
        <source>No routing service is set (Settings, Map)</source>
        <translation>未设置路线服务（设置 → 地图）</translation>
    </message>
    <message>
        <source>Round trip origin → destination → origin, asked of %1</source>
        <translation>往返里程：起点 → 目的地 → 起点，查询 %1</translation>
    </message>
    <message>
        <source>No routing service is set: enter its address under Settings, Map, or type the km in.</source>
        <translation>未设置路线服务：请在“设置 → 地图”中填写地址，或直接输入公里数。</translation>
    </message>
    <message>
        <source>The routing service address %1 is not an http(s) address (Settings, Map).</source>
        <translation>路线服务地址 %1 不是 http(s) 地址（设置 → 地图）。</translation>
    </message>
    <message>
        <source>To ask the routing service, fill in: %1.</source>
        <translation>查询路线服务前请先填写：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No navigation km from %1: %2</source>
        <translation>未能从 %1 取得导航里程：%2</translation>
    </message>
    <message>
        <source>Asking the routing service…</source>
        <translation>正在查询路线服务…</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>the routing service %1 found no route: %2 %3</source>
        <translation>路径规划服务 %1 未找到路线：%2 %3</translation>
    </message>
    <message>
        <source>the routing service %1 did not answer within %2 s</source>
        <translation>路径规划服务 %1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>the routing service %1 cannot be reached: %2</source>
        <translation>无法连接路径规划服务 %1：%2</translation>
    </message>
    <message>
        <source>the routing service %1 answered something that is not an OSRM route</source>
        <translation>路径规划服务 %1 返回的不是 OSRM 路线</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>分值变动</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>督办单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>The assessment year, YYYY.</source>
        <translation>考核年度，YYYY。</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>登录服务器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
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
    <message>
        <source>Discipline inspector</source>
        <translation>纪检监察</translation>
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
        <source>The backend is reached over HTTPS only.</source>
        <translation>只能通过 HTTPS 访问后台。</translation>
    </message>
    <message>
        <source>Without a tile server the map shows the offline basemap.</source>
        <translation>未配置瓦片服务器时，地图显示离线底图。</translation>
    </message>
    <message>
        <source>Routing service (OSRM API)</source>
        <translation>路径规划服务（OSRM API）</translation>
    </message>
    <message>
        <source>Gives a trip request its navigation mileage (there and back). Without it the mileage is typed in.</source>
        <translation>为用车申请计算导航里程（往返）。未配置时需手工录入里程。</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Fleet center&apos;s name</source>
        <translation>服务中心名称</translation>
    </message>
    <message>
        <source>Printed at the head of every dispatch order.</source>
        <translation>打印在每张派车单的抬头。</translation>
    </message>
    <message>
        <source>Referral providers</source>
        <translation>转办服务商</translation>
    </message>
    <message>
        <source>One a line: the social platforms (the city&apos;s state-owned rental services) trips can be referred to. Empty restores the defaults.</source>
        <translation>每行一个：可转办行程的社会化平台（市属国有租车服务）。留空则恢复默认。</translation>
    </message>
    <message>
        <source>Suggest referral for groups of more than</source>
        <translation>人数超过以下值时建议转办</translation>
    </message>
    <message>
        <source>Long-distance trips are always suggested for referral.</source>
        <translation>长途行程总是建议转办。</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>当前数据库</translation>
    </message>
    <message>
        <source>The file to open from the next start</source>
        <translation>下次启动时打开的文件</translation>
    </message>
    <message>
        <source>Only an auditor or an administrator changes the anomaly rules.</source>
        <translation>异常规则只能由审计员或管理员修改。</translation>
    </message>
    <message>
        <source>Only a dispatcher or an administrator changes the dispatch settings.</source>
        <translation>派车设置只能由调度员或管理员修改。</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Prices every returned trip: per km and per hour by category, at least the minimum, with waiting past the booked end and night and out-of-city surcharges.</source>
        <translation>为每趟收车行程计价：按车辆类别计里程费和时长费，不低于起步价，另计超出预约结束时间的等候费及夜间、出市加价。</translation>
    </message>
    <message>
        <source>User on the server</source>
        <translation>服务器用户名</translation>
    </message>
    <message>
        <source>FleetDesk works fully offline and syncs in the background once signed in to the server (File &gt; Sign in to the server). The CA certificate is needed when the server&apos;s certificate comes from the city&apos;s own authority. A certificate that does not verify is never accepted.</source>
        <translation>FleetDesk 可完全离线工作；登录服务器（文件 &gt; 登录服务器）后在后台自动同步。如服务器证书由市里自己的证书机构签发，需要指定其 CA 证书。无法验证的证书一律不予接受。</translation>
    </message>
</context>
<context>
    <name>SettleCommand</name>
    <message>
        <source>A calendar month in Beijing time, YYYY-MM.</source>
        <translation>北京时间的自然月，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Store the prices on the dispatch orders.</source>
        <translation>将金额写入派车单。</translation>
    </message>
    <message>
        <source>%1 trips returned in %2, %3 yuan (not stored: add --apply)</source>
        <translation>%2 收车行程 %1 趟，共 %3 元（未保存：加 --apply 保存）</translation>
    </message>
    <message>
        <source>%1 trips returned in %2 priced and stored (%3 changed)</source>
        <translation>%2 收车行程 %1 趟已计价并保存（%3 趟有变化）</translation>
    </message>
</context>
<context>
    <name>Settlement</name>
    <message>
        <source>dispatch order %1 is no longer there</source>
        <translation>派车单 %1 已不存在</translation>
    </message>
    <message>
        <source>there is no dispatch order %1</source>
        <translation>没有派车单 %1</translation>
    </message>
    <message>
        <source>dispatch order %1 has not returned: nothing to charge yet</source>
        <translation>派车单 %1 尚未收车，暂无费用可结算</translation>
    </message>
    <message>
        <source>an adjusted charge needs a reason</source>
        <translation>调整金额须填写原因</translation>
    </message>
    <message>
        <source>Totals per agency</source>
        <translation>各单位合计</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>出车次数</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Priced (yuan)</source>
        <translation>计价金额（元）</translation>
    </message>
    <message>
        <source>Adjusted trips</source>
        <translation>调整趟次</translation>
    </message>
    <message>
        <source>Billed (yuan)</source>
        <translation>结算金额（元）</translation>
    </message>
    <message>
        <source>No trip returned in this month.</source>
        <translation>本月没有已回车的行程。</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>SettlementModel</name>
    <message>
        <source>by odometer</source>
        <translation>按里程表</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>按轨迹</translation>
    </message>
    <message>
        <source>no km recorded</source>
        <translation>无里程记录</translation>
    </message>
    <message>
        <source>%1 km (%2): %3 yuan</source>
        <translation>%1 公里（%2）：%3 元</translation>
    </message>
    <message>
        <source>%1 h: %2 yuan</source>
        <translation>%1 小时：%2 元</translation>
    </message>
    <message>
        <source>minimum charge: %1 yuan</source>
        <translation>起步价：%1 元</translation>
    </message>
    <message>
        <source>night surcharge: %1 yuan</source>
        <translation>夜间加收：%1 元</translation>
    </message>
    <message>
        <source>out-of-city surcharge: %1 yuan</source>
        <translation>出市加收：%1 元</translation>
    </message>
    <message>
        <source>waiting %1 h: %2 yuan</source>
        <translation>等候 %1 小时：%2 元</translation>
    </message>
    <message>
        <source>standard&apos;s price: %1 yuan</source>
        <translation>标准价格：%1 元</translation>
    </message>
    <message>
        <source>stored by settlement: %1 yuan</source>
        <translation>已结算入账：%1 元</translation>
    </message>
    <message>
        <source>not settled yet: the month&apos;s settlement stores the price</source>
        <translation>尚未结算：执行本月结算后保存该价格</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>派车单号</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已出车</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已回场</translation>
    </message>
    <message>
        <source>km tracked</source>
        <translation>轨迹里程</translation>
    </message>
    <message>
        <source>km by odometer</source>
        <translation>里程表里程</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Adjusted (yuan)</source>
        <translation>调整后金额（元）</translation>
    </message>
    <message>
        <source>Adjustment reason</source>
        <translation>调整原因</translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Settle month</source>
        <translation>本月结算</translation>
    </message>
    <message>
        <source>Store every trip&apos;s price on its dispatch order (adjustments are kept)</source>
        <translation>将每趟行程的价格写入派车单（已调整的金额保留）</translation>
    </message>
    <message>
        <source>Adjust charge…</source>
        <translation>调整费用…</translation>
    </message>
    <message>
        <source>Monthly statement…</source>
        <translation>月度结算单…</translation>
    </message>
    <message>
        <source>The selected agency&apos;s trips of the month with their amounts, as .xlsx or PDF</source>
        <translation>所选单位本月的行程及金额，导出为 .xlsx 或 PDF</translation>
    </message>
    <message>
        <source>Compare with finance…</source>
        <translation>财务比对…</translation>
    </message>
    <message>
        <source>Read the finance office&apos;s export (CSV or .xlsx) and list what does not match</source>
        <translation>读取财务导出的报销明细（CSV 或 .xlsx），列出不一致之处</translation>
    </message>
    <message>
        <source>Totals per agency</source>
        <translation>各单位合计</translation>
    </message>
    <message>
        <source>History of the order</source>
        <translation>派车单变更记录</translation>
    </message>
    <message>
        <source>Store the standard&apos;s price on the %1 trips returned in %2? Adjusted amounts are kept.</source>
        <translation>将标准价格写入 %2 已回车的 %1 趟行程？已调整的金额保留不变。</translation>
    </message>
    <message>
        <source>Settling %1…</source>
        <translation>正在结算 %1…</translation>
    </message>
    <message>
        <source>Pricing %1…</source>
        <translation>正在计价 %1…</translation>
    </message>
    <message>
        <source>The month was not settled: %1</source>
        <translation>本月未能结算：%1</translation>
    </message>
    <message>
        <source>The month could not be read: %1</source>
        <translation>无法读取本月数据：%1</translation>
    </message>
    <message>
        <source>%1 trips returned in %2, %3 yuan billed; %4 of them settled.</source>
        <translation>%2 共回车 %1 趟，结算金额 %3 元；其中 %4 趟已结算。</translation>
    </message>
    <message>
        <source>%1 settled: %2 trips priced and stored (%3 changed).</source>
        <translation>%1 已结算：%2 趟行程已计价入账（%3 趟有变动）。</translation>
    </message>
    <message>
        <source>Dispatchers and administrators settle and adjust charges</source>
        <translation>结算和调整费用由调度员或管理员操作</translation>
    </message>
    <message>
        <source>%1: %2 yuan billed (%3).</source>
        <translation>%1：按 %2 元收费（%3）。</translation>
    </message>
    <message>
        <source>%1: adjustment taken back (%2).</source>
        <translation>%1：已撤销调整（%2）。</translation>
    </message>
    <message>
        <source>Adjust charge</source>
        <translation>调整费用</translation>
    </message>
    <message>
        <source>there is no agency %1</source>
        <translation>没有单位 %1</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>月度结算单</translation>
    </message>
    <message>
        <source>The statement of which agency for %1?</source>
        <translation>生成哪个单位 %1 的结算单？</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The statement of %1 for %2 is in %3.</source>
        <translation>%1 的 %2 结算单已保存到 %3。</translation>
    </message>
    <message>
        <source>The finance office&apos;s export</source>
        <translation>财务导出文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare with finance</source>
        <translation>财务比对</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比对</translation>
    </message>
    <message>
        <source>%1 payments compared with %2 trips billed in %3: %4 mismatches.</source>
        <translation>%1 笔付款与 %3 的 %2 趟结算行程比对：%4 处不一致。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
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
    <name>SpeedChart</name>
    <message>
        <source>Minutes from the booked start</source>
        <translation>距预约开始的分钟数</translation>
    </message>
    <message>
        <source>km/h</source>
        <translation>公里/小时</translation>
    </message>
    <message>
        <source>Click to play back from that moment</source>
        <translation>单击即从该时刻开始回放</translation>
    </message>
</context>
<context>
    <name>StartOverview</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past</source>
        <translation>
            <numerusform>已超 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km past</source>
        <translation>已超 %1 公里</translation>
    </message>
    <message>
        <source>%1 km to go</source>
        <translation>还差 %1 公里</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>All plans…</source>
        <translation>全部计划…</translation>
    </message>
    <message>
        <source>Double-click a plan to open the car&apos;s file.</source>
        <translation>双击计划打开该车档案。</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) approved and waiting for a car</source>
        <translation>
            <numerusform>%n 个申请已审批，待派车</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for approval</source>
        <translation>
            <numerusform>%n 个申请待审批</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) not yet dealt with</source>
        <translation>
            <numerusform>%n 条异常尚未处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision orders: %1 overdue, %2 due soon</source>
        <translation>督办单：%1 件已逾期，%2 件即将到期</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) in the shop today</source>
        <translation>
            <numerusform>今日在修车辆 %n 辆</numerusform>
        </translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation>维保计划</translation>
    </message>
    <message>
        <source>Maintenance plans: %1 overdue, %2 due soon</source>
        <translation>维保计划：%1 项已超期，%2 项即将到期</translation>
    </message>
    <message numerus="yes">
        <source>No maintenance is due: no plan falls due in the next %n day(s) or %1 km.</source>
        <translation>
            <numerusform>暂无到期维保：未来 %n 天或 %1 公里内没有到期的计划。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementCommand</name>
    <message>
        <source>The agency&apos;s code.</source>
        <translation>单位编号。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>A calendar month in Beijing time, YYYY-MM.</source>
        <translation>北京时间的自然月，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>The file to write, .xlsx or .pdf.</source>
        <translation>输出文件，.xlsx 或 .pdf。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>there is no agency %1</source>
        <translation>没有单位 %1</translation>
    </message>
    <message>
        <source>%1: %2 trips, %3 yuan</source>
        <translation>%1：%2 趟，%3 元</translation>
    </message>
</context>
<context>
    <name>StatementPrinter</name>
    <message>
        <source>Total: %1 trips</source>
        <translation>合计：%1 趟</translation>
    </message>
    <message>
        <source>Fleet center (seal):</source>
        <translation>车管中心（盖章）：</translation>
    </message>
    <message>
        <source>Agency confirmed by (signature):</source>
        <translation>用车单位确认（签字）：</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>StatementWriter</name>
    <message>
        <source>%1: cannot write</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 trips</source>
        <translation>%1 趟</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>StationRefuelList</name>
    <message>
        <source>Refuels per station</source>
        <translation>各加油站加油情况</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>加油站</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Refuels</source>
        <translation>加油次数</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>No refuel stations are recorded.</source>
        <translation>尚未登记加油站。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2)
%n refuel(s), %3 litres in the period</source>
        <translation>
            <numerusform>%1（%2）
本期加油 %n 次，%3 升</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationsMapDialog</name>
    <message>
        <source>Refuel stations on the map</source>
        <translation>加油站地图</translation>
    </message>
    <message>
        <source>Refuels from</source>
        <translation>加油日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Offline map: %1</source>
        <translation>离线地图：%1</translation>
    </message>
    <message>
        <source>No refuel stations are recorded.</source>
        <translation>尚未登记加油站。</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s), %1 refuels, %2 litres in the period</source>
        <translation>
            <numerusform>%n 个加油站，本期加油 %1 次、%2 升</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestCommand</name>
    <message>
        <source>The vehicle&apos;s plate (the car an NMEA log belongs to).</source>
        <translation>车牌号（NMEA 日志所属车辆）。</translation>
    </message>
    <message>
        <source>PLATE</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>request %1 does not exist</source>
        <translation>用车申请 %1 不存在</translation>
    </message>
    <message>
        <source>fit %1, seats %2, </source>
        <translation>匹配度 %1，座位 %2，</translation>
    </message>
    <message>
        <source>booked %1 h this month, idle %2</source>
        <translation>本月已预约 %1 小时，空闲 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n free vehicle(s), best first (lower cost is better):</source>
        <translation>
            <numerusform>%n 辆空闲车辆，按推荐顺序排列（代价越低越好）：</numerusform>
        </translation>
    </message>
    <message>
        <source>drivers for %1: suggest %2 --plate %1</source>
        <translation>%1 的驾驶员：suggest %2 --plate %1</translation>
    </message>
    <message numerus="yes">
        <source>%n free driver(s) for %1, best first:</source>
        <translation>
            <numerusform>%1 有 %n 名空闲驾驶员，按推荐顺序排列：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuperviseCommand</name>
    <message>
        <source>A finding&apos;s key, as check --format json prints it (repeatable, or several keys after it).</source>
        <translation>异常的标识，即 check --format json 输出的 key（可重复，或在其后列出多个）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>A public complaint&apos;s number.</source>
        <translation>12345 投诉编号。</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The agency that answers, when the records do not say.</source>
        <translation>记录无法确定时，指定责任单位。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What the agency is to explain, or the text of a reply or acceptance.</source>
        <translation>要求单位说明的事项，或回复、审核意见的内容。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>SupervisionFlow</name>
    <message>
        <source>Drafted</source>
        <translation>草拟</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已下发</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已回场</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>收到回复</translation>
    </message>
    <message>
        <source>Returned for a better answer</source>
        <translation>退回重新说明</translation>
    </message>
    <message>
        <source>Accepted and closed</source>
        <translation>审核通过并办结</translation>
    </message>
    <message>
        <source>Violation confirmed</source>
        <translation>违规属实</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>情况说明合理</translation>
    </message>
    <message>
        <source>Not established</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>%1 is not a step of a supervision order</source>
        <translation>%1 不是督办单的办理环节</translation>
    </message>
    <message>
        <source>the order is closed and takes no more replies</source>
        <translation>督办单已办结，不再接收回复</translation>
    </message>
    <message>
        <source>the order is already closed</source>
        <translation>督办单已办结</translation>
    </message>
    <message>
        <source>the order has already been issued</source>
        <translation>督办单已下发</translation>
    </message>
    <message>
        <source>the order has not been issued yet</source>
        <translation>督办单尚未下发</translation>
    </message>
    <message>
        <source>the order&apos;s reply is waiting to be accepted or returned</source>
        <translation>督办单的回复尚待审核通过或退回</translation>
    </message>
    <message>
        <source>the order has no reply to accept (%1, waiting for the agency)</source>
        <translation>督办单没有可审核的回复（%1，等待单位回复）</translation>
    </message>
    <message>
        <source>the order has no reply to return (%1, waiting for the agency)</source>
        <translation>督办单没有可退回的回复（%1，等待单位回复）</translation>
    </message>
</context>
<context>
    <name>SupervisionNotice</name>
    <message>
        <source>Supervision:</source>
        <translation>督办提醒：</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>SupervisionOrderModel</name>
    <message>
        <source>Overdue: the agency has not answered by %1</source>
        <translation>已逾期：单位未在 %1 前回复</translation>
    </message>
    <message>
        <source>Due soon: to be answered by %1</source>
        <translation>即将到期：须在 %1 前回复</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 条异常</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>SupervisionOrderPrinter</name>
    <message>
        <source>Explain in writing, with evidence, what public complaint %1 reports, and rectify what is found.</source>
        <translation>请就 12345 投诉 %1 反映的问题书面说明情况并附佐证材料，发现问题的立即整改。</translation>
    </message>
    <message numerus="yes">
        <source>Explain in writing, with evidence, each of the %n finding(s) below, and rectify what is found.</source>
        <translation>
            <numerusform>请就下列 %n 条异常逐条书面说明情况并附佐证材料，发现问题的立即整改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision order</source>
        <translation>督办单</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Draft, not issued</source>
        <translation>草稿，未下发</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>下发日期：%1</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Matter to explain</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly finding(s)</source>
        <translation>
            <numerusform>预警异常 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Public complaint %1 (12345)</source>
        <translation>12345 投诉 %1</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Caller&apos;s account</source>
        <translation>来电反映内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>What the records say</source>
        <translation>系统记录情况</translation>
    </message>
    <message>
        <source>The track on the map:</source>
        <translation>车辆轨迹：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>办理期限 %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Issued by (signature)</source>
        <translation>签发人（签字）</translation>
    </message>
    <message>
        <source>Received by the agency (signature)</source>
        <translation>责任单位签收（签字）</translation>
    </message>
    <message>
        <source>Printed %1 by FleetDesk</source>
        <translation>FleetDesk 打印于 %1</translation>
    </message>
    <message>
        <source>cannot draw on the page</source>
        <translation>无法在页面上绘制</translation>
    </message>
    <message>
        <source>Supervision order %1</source>
        <translation>督办单 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Supervision orders</source>
        <translation>督办单</translation>
    </message>
    <message>
        <source>Public complaints (12345)</source>
        <translation>12345 投诉</translation>
    </message>
    <message>
        <source>Assessment scores</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>下发(&amp;I)</translation>
    </message>
    <message>
        <source>Send the order to the agency, with the settings&apos; working days to answer.</source>
        <translation>将督办单下发给责任单位，办理期限按设置的工作日数计算。</translation>
    </message>
    <message>
        <source>Record &amp;reply…</source>
        <translation>登记回复(&amp;R)…</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s written answer as received.</source>
        <translation>按收到的内容登记单位的书面回复。</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>Send the answer back for a better one, saying why.</source>
        <translation>退回回复并说明理由，要求重新说明。</translation>
    </message>
    <message>
        <source>&amp;Accept and close…</source>
        <translation>审核办结(&amp;A)…</translation>
    </message>
    <message>
        <source>Accept the answer and close the order with a conclusion; its findings follow.</source>
        <translation>认可回复并以结论办结督办单，相关异常随之更新。</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>Red: overdue. Amber: due within the reminder&apos;s working days.</source>
        <translation>红色：已逾期。黄色：将在提醒工作日内到期。</translation>
    </message>
    <message>
        <source>&amp;Start a supervision order</source>
        <translation>发起督办(&amp;S)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Read only: only auditors and administrators take the steps of an order.</source>
        <translation>只读：只有督查员和管理员可以办理督办单。</translation>
    </message>
    <message>
        <source>Select an order to see its evidence and steps.</source>
        <translation>选择一张督办单以查看证据和办理过程。</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>No deadline until issued</source>
        <translation>下发后才有办理期限</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>办理期限 %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Public complaint %1</source>
        <translation>12345 投诉 %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>answer by %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Supervision order %1 issued.</source>
        <translation>督办单 %1 已下发。</translation>
    </message>
    <message>
        <source>Reply to %1 recorded.</source>
        <translation>已登记督办单 %1 的回复。</translation>
    </message>
    <message>
        <source>The reply to %1 was returned.</source>
        <translation>督办单 %1 的回复已退回。</translation>
    </message>
    <message>
        <source>Supervision order %1 closed.</source>
        <translation>督办单 %1 已办结。</translation>
    </message>
    <message>
        <source>Record the agency&apos;s reply</source>
        <translation>登记单位回复</translation>
    </message>
    <message>
        <source>The agency&apos;s written answer, as received:</source>
        <translation>单位的书面回复（按收到的内容）：</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>Return the reply</source>
        <translation>退回回复</translation>
    </message>
    <message>
        <source>Why is the answer not enough? The agency is told so.</source>
        <translation>回复为何不充分？该理由将告知单位。</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Accept and close</source>
        <translation>审核办结</translation>
    </message>
    <message>
        <source>Conclusion (the order&apos;s findings follow it):</source>
        <translation>结论（相关异常随之更新）：</translation>
    </message>
    <message>
        <source>Select a complaint to see what the records say about it.</source>
        <translation>选择一条投诉以查看系统记录情况。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>%1
Which agency answers?</source>
        <translation>%1
由哪个单位负责答复？</translation>
    </message>
    <message>
        <source>Supervision order %1 drafted.</source>
        <translation>已草拟督办单 %1。</translation>
    </message>
    <message>
        <source>Score at the end of each month, %1</source>
        <translation>%1 年各月末得分</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Select an agency to see every change.</source>
        <translation>选择一个单位以查看每项分值变动。</translation>
    </message>
    <message>
        <source>Score %1, rank %2</source>
        <translation>得分 %1，排名第 %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>%1 年考核</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>supervision-orders.xlsx</source>
        <translation>督办单.xlsx</translation>
    </message>
    <message>
        <source>assessment-%1.xlsx</source>
        <translation>考核-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The orders the list shows, as an Excel workbook.</source>
        <translation>将列表中显示的督办单导出为 Excel 工作簿。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected order in the standard layout (标准格式督办单).</source>
        <translation>按标准格式督办单打印所选督办单。</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the selected order in the standard layout as a PDF file.</source>
        <translation>将所选督办单按标准格式保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部督办单</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>No supervision orders here. Start one from findings on the Review page, or from a public complaint.</source>
        <translation>此处没有督办单。可在“审查”页从异常线索发起，或由群众投诉发起。</translation>
    </message>
    <message>
        <source>Select an order to print.</source>
        <translation>请先选择要打印的督办单。</translation>
    </message>
    <message>
        <source>Supervision order %1 was not printed: %2</source>
        <translation>督办单 %1 未能打印：%2</translation>
    </message>
    <message>
        <source>Supervision order %1 sent to %2.</source>
        <translation>督办单 %1 已发送至 %2。</translation>
    </message>
    <message>
        <source>Supervision order %1 was not written: %2</source>
        <translation>督办单 %1 未能保存：%2</translation>
    </message>
    <message>
        <source>Supervision order %1 saved as %2.</source>
        <translation>督办单 %1 已保存为 %2。</translation>
    </message>
    <message>
        <source>Supervision order %1</source>
        <translation>督办单 %1</translation>
    </message>
    <message>
        <source>Print supervision order %1</source>
        <translation>打印督办单 %1</translation>
    </message>
    <message>
        <source>Save supervision order %1</source>
        <translation>保存督办单 %1</translation>
    </message>
    <message>
        <source>supervision-order-%1.pdf</source>
        <translation>督办单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n supervision order(s) overdue</source>
        <translation>
            <numerusform>%n 张督办单已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) due within %1</source>
        <translation>
            <numerusform>%n 张督办单将在 %1内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>SupervisionPrintText</name>
    <message>
        <source>no supervision order %1</source>
        <translation>没有督办单 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionService</name>
    <message>
        <source>agency %1 does not exist</source>
        <translation>单位 %1 不存在</translation>
    </message>
    <message>
        <source>an order needs at least one finding</source>
        <translation>督办单至少需要一条异常</translation>
    </message>
    <message>
        <source>no finding has the key %1 (run check first; keys are printed by check --format json)</source>
        <translation>没有标识为 %1 的异常（请先运行检查；标识由 check --format json 输出）</translation>
    </message>
    <message>
        <source>finding %1 is already under supervision order %2</source>
        <translation>异常 %1 已在督办单 %2 中督办</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>the findings concern different agencies (%1): name the agency that answers</source>
        <translation>这些异常涉及不同单位（%1）：请指定责任单位</translation>
    </message>
    <message>
        <source>no agency can be found for the findings: name the agency that answers</source>
        <translation>无法确定这些异常的单位：请指定责任单位</translation>
    </message>
    <message>
        <source>no public complaint %1</source>
        <translation>没有 12345 投诉 %1</translation>
    </message>
    <message>
        <source>complaint %1 is already under supervision order %2</source>
        <translation>投诉 %1 已在督办单 %2 中督办</translation>
    </message>
    <message>
        <source>complaint %1 names no official car (%2): name the agency that answers</source>
        <translation>投诉 %1 未指向公务车辆（%2）：请指定责任单位</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>督办单 %1：%2</translation>
    </message>
    <message>
        <source>no supervision order %1</source>
        <translation>没有督办单 %1</translation>
    </message>
    <message>
        <source>the deadline %1 is not a date (YYYY-MM-DD)</source>
        <translation>办理期限 %1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the deadline %1 is in the past (today is %2)</source>
        <translation>办理期限 %1 已过（今天是 %2）</translation>
    </message>
    <message>
        <source>a reply needs the agency&apos;s written answer (--text)</source>
        <translation>回复须有单位的书面说明（--text）</translation>
    </message>
    <message>
        <source>returning a reply needs the reason (--reason)</source>
        <translation>退回须说明理由（--reason）</translation>
    </message>
    <message>
        <source>closing needs a conclusion: confirmed, explained or not-established (--conclusion)</source>
        <translation>办结须有结论：confirmed、explained 或 not-established（--conclusion）</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>the server address %1 is not an https://HOST:PORT address (FleetDesk syncs over HTTPS only)</source>
        <translation>服务器地址 %1 不是 https://主机:端口 形式的地址（FleetDesk 只通过 HTTPS 同步）</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate (or cannot be read)</source>
        <translation>CA 文件 %1 中没有 PEM 证书（或无法读取）</translation>
    </message>
    <message>
        <source>the certificate of %1 could not be verified (%2); FleetDesk does not connect to a server it cannot verify: give the CA file of the server&apos;s certificate authority</source>
        <translation>无法验证 %1 的证书（%2）；FleetDesk 不连接无法验证的服务器：请指定签发该服务器证书的 CA 文件</translation>
    </message>
    <message>
        <source>no answer from %1: %2</source>
        <translation>%1 无应答：%2</translation>
    </message>
    <message>
        <source>%1 answered %2 %3: %4</source>
        <translation>%1 返回 %2 %3：%4</translation>
    </message>
    <message>
        <source>%1 refused the sign-in of %2: wrong user name or password</source>
        <translation>%1 拒绝了 %2 的登录：用户名或密码错误</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>The sync server, https://HOST:PORT.</source>
        <translation>同步服务器，https://主机:端口。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>The user name to sign in to the sync server with.</source>
        <translation>登录同步服务器所用的用户名。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>A file whose first line is the password (sync).</source>
        <translation>第一行为密码的文件（同步）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The CA certificate (PEM) of a private CA that signed the server&apos;s certificate.</source>
        <translation>签发服务器证书的私有 CA 的证书（PEM）。</translation>
    </message>
    <message>
        <source>%1: the password file cannot be read: %2</source>
        <translation>%1：无法读取密码文件：%2</translation>
    </message>
    <message>
        <source>%1: the first line (the password) is empty</source>
        <translation>%1：第一行（密码）为空</translation>
    </message>
    <message>
        <source>sync with %1 failed: %2 (%3 local changes still waiting)</source>
        <translation>与 %1 同步失败：%2（本地仍有 %3 项变更待上传）</translation>
    </message>
    <message>
        <source>synced with %1 as %2 (%3): %4 changes pushed, %5 received, %6 waiting</source>
        <translation>已以 %2（%3）身份与 %1 同步：上传 %4 项变更，接收 %5 项，待上传 %6 项</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) came back as conflicts or refusals (kept with both versions; choose in the app):</source>
        <translation>
            <numerusform>%n 项更改被退回为冲突或拒绝（两个版本均已保留，请在程序中选择）：</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 %2: refused (%3): %4; its trip request is back in the queue</source>
        <translation>  %1 %2：被拒绝（%3）：%4；其用车申请已退回待派队列</translation>
    </message>
    <message>
        <source>  %1 %2: %3 (%4): %5</source>
        <translation>  %1 %2：%3（%4）：%5</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1；%2 秒后重试</translation>
    </message>
    <message>
        <source>the sync was stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>the outbox could not be read: %1</source>
        <translation>无法读取待上传队列：%1</translation>
    </message>
    <message numerus="yes">
        <source>pushing %n change(s)</source>
        <translation>
            <numerusform>正在推送 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be stored: %1</source>
        <translation>无法保存服务器的应答：%1</translation>
    </message>
    <message>
        <source>pushed %1 changes</source>
        <translation>已上传 %1 项变更</translation>
    </message>
    <message>
        <source>the server answered %1 of %2 changes</source>
        <translation>服务器只应答了 %2 项变更中的 %1 项</translation>
    </message>
    <message>
        <source>pulled up to change %1</source>
        <translation>已接收至变更 %1</translation>
    </message>
    <message>
        <source>the positions of vehicle %1 from the server do not decode</source>
        <translation>来自服务器的车辆 %1 的定位数据无法解码</translation>
    </message>
</context>
<context>
    <name>SyncLocal</name>
    <message>
        <source>the role %1 may not change %2 on the server</source>
        <translation>角色 %1 无权在服务器上修改 %2</translation>
    </message>
    <message>
        <source>request %1 could not go back to the queue: %2</source>
        <translation>用车申请 %1 无法退回待派队列：%2</translation>
    </message>
    <message>
        <source>dispatch order %1 could not be withdrawn: %2</source>
        <translation>无法撤回派车单 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 on the server has the same key as %3 here</source>
        <translation>服务器上的 %1 %2 与本机的 %3 关键字相同</translation>
    </message>
    <message>
        <source>%1 %2 from the server could not be stored: %3</source>
        <translation>无法保存来自服务器的 %1 %2：%3</translation>
    </message>
    <message>
        <source>conflict %1 is not open</source>
        <translation>冲突 %1 不是未处理状态</translation>
    </message>
    <message>
        <source>the conflict over %1 %2 could not be settled: %3</source>
        <translation>无法处理 %1 %2 的冲突：%3</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the file has no header row</source>
        <translation>%1：文件没有表头行</translation>
    </message>
</context>
<context>
    <name>TaskBookings</name>
    <message>
        <source>dispatch order %1: %2</source>
        <translation>派车单 %1：%2</translation>
    </message>
</context>
<context>
    <name>TaskMileageModel</name>
    <message>
        <source>Tracked km</source>
        <translation>轨迹里程（公里）</translation>
    </message>
    <message>
        <source>Tracked ÷ nav</source>
        <translation>轨迹÷导航</translation>
    </message>
    <message>
        <source>Kilometres of the vehicle&apos;s track inside the booked window, after dropping position jumps, as the mileage rule measures them</source>
        <translation>用车时段内车辆轨迹的公里数，已剔除定位漂移点，与里程数异常规则的计算方法一致</translation>
    </message>
    <message>
        <source>Tracked km divided by navigation km; at %1 or more the mileage rule reports the order</source>
        <translation>轨迹里程除以导航里程；达到 %1 及以上时，里程数异常规则将报告该派车单</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>no track</source>
        <translation>无轨迹</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) inside the booked window</source>
        <translation>
            <numerusform>用车时段内 %n 个定位点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tracked km: the vehicle&apos;s positions inside the booked window, without jumps above %1 km/h — what the mileage rule compares with the navigation km (reported at %2 × or more).</source>
        <translation>轨迹里程：用车时段内车辆的定位轨迹，已剔除推算速度超过 %1 公里/小时的漂移点，即里程数异常规则与导航里程比较的数值（达到 %2 倍及以上即报告）。</translation>
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
    <message>
        <source>General car, per km</source>
        <translation>一般公务用车，每公里</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>General car, per hour</source>
        <translation>一般公务用车，每小时</translation>
    </message>
    <message>
        <source>General car, minimum per trip</source>
        <translation>一般公务用车，每趟起步价</translation>
    </message>
    <message>
        <source>Emergency car, per km</source>
        <translation>机要应急用车，每公里</translation>
    </message>
    <message>
        <source>Emergency car, per hour</source>
        <translation>机要应急用车，每小时</translation>
    </message>
    <message>
        <source>Emergency car, minimum per trip</source>
        <translation>机要应急用车，每趟起步价</translation>
    </message>
    <message>
        <source>Law-enforcement car, per km</source>
        <translation>执法执勤用车，每公里</translation>
    </message>
    <message>
        <source>Law-enforcement car, per hour</source>
        <translation>执法执勤用车，每小时</translation>
    </message>
    <message>
        <source>Law-enforcement car, minimum per trip</source>
        <translation>执法执勤用车，每趟起步价</translation>
    </message>
    <message>
        <source>Waiting past the booked end free for</source>
        <translation>超过预约结束时间的免费等候</translation>
    </message>
    <message>
        <source>Waiting, per hour</source>
        <translation>等候费，每小时</translation>
    </message>
    <message>
        <source>Night surcharge</source>
        <translation>夜间加价</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Night from (hour)</source>
        <translation>夜间起始（时）</translation>
    </message>
    <message>
        <source>Night until (hour)</source>
        <translation>夜间结束（时）</translation>
    </message>
    <message>
        <source>Out-of-city surcharge</source>
        <translation>出市加价</translation>
    </message>
    <message>
        <source>Maintenance due this early</source>
        <translation>保养提前提醒天数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Maintenance due this many km early</source>
        <translation>保养提前提醒里程</translation>
    </message>
    <message>
        <source>A supervision order gives the agency</source>
        <translation>督办单给予单位的办理期限</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <source>Remind before an order&apos;s deadline</source>
        <translation>督办单到期前提醒</translation>
    </message>
    <message>
        <source>Assessment: each agency starts at</source>
        <translation>考核：各单位基础分</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Deducted per confirmed location anomaly</source>
        <translation>每起属实的定位异常扣分</translation>
    </message>
    <message>
        <source>Deducted per confirmed destination anomaly</source>
        <translation>每起属实的目的地异常扣分</translation>
    </message>
    <message>
        <source>Deducted per confirmed mileage anomaly</source>
        <translation>每起属实的里程数异常扣分</translation>
    </message>
    <message>
        <source>Deducted per confirmed fuel consumption anomaly</source>
        <translation>每起属实的油耗异常扣分</translation>
    </message>
    <message>
        <source>Deducted per confirmed fuel card binding anomaly</source>
        <translation>每起属实的油卡绑定异常扣分</translation>
    </message>
    <message>
        <source>Deducted per confirmed fuel card usage anomaly</source>
        <translation>每起属实的油卡使用异常扣分</translation>
    </message>
    <message>
        <source>Deducted per confirmed refuel frequency anomaly</source>
        <translation>每起属实的加油频率异常扣分</translation>
    </message>
    <message>
        <source>Deducted per confirmed traffic violations anomaly</source>
        <translation>每起属实的违章异常扣分</translation>
    </message>
    <message>
        <source>Deducted per confirmed public complaint</source>
        <translation>每起属实的 12345 投诉扣分</translation>
    </message>
    <message>
        <source>Deducted per day an order is overdue</source>
        <translation>督办单每逾期一天扣分</translation>
    </message>
    <message>
        <source>Deducted per order unanswered past its deadline</source>
        <translation>督办单逾期未回复每件扣分</translation>
    </message>
    <message>
        <source>Share of a confirmed deduction returned when rectified in time</source>
        <translation>按期整改到位退回扣分的比例</translation>
    </message>
</context>
<context>
    <name>TileSources</name>
    <message>
        <source>A Tianditu source is written tianditu:LAYER:KEY, e.g. tianditu:vec:0123abcd.</source>
        <translation>天地图瓦片源的写法为 tianditu:图层:密钥，例如 tianditu:vec:0123abcd。</translation>
    </message>
    <message>
        <source>Tianditu</source>
        <translation>天地图</translation>
    </message>
    <message>
        <source>© Tianditu (National Platform for Common GeoSpatial Information Services)</source>
        <translation>© 天地图（国家地理信息公共服务平台）</translation>
    </message>
    <message>
        <source>The tile URL needs {z}, {x} and {y} (or TILEMATRIX={z}, TILEROW={y}, TILECOL={x}).</source>
        <translation>瓦片地址须包含 {z}、{x} 和 {y}（或 TILEMATRIX={z}、TILEROW={y}、TILECOL={x}）。</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap 贡献者</translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation>瓦片：%1</translation>
    </message>
</context>
<context>
    <name>TrackDays</name>
    <message>
        <source>the stored track of %1 on %2 is damaged and cannot be read (fleetdesk-cli verify lists every damaged day; restore the file from a backup)</source>
        <translation>%1 在 %2 的已存轨迹已损坏，无法读取（fleetdesk-cli verify 会列出所有损坏的日期；请从备份恢复文件）</translation>
    </message>
    <message>
        <source>%1: cannot open to read tracks</source>
        <translation>%1：无法打开以读取轨迹</translation>
    </message>
</context>
<context>
    <name>TripCommand</name>
    <message>
        <source>When the car left or came back (default: now).</source>
        <translation>出车或回场时间（默认：当前时间）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The odometer reading in km.</source>
        <translation>里程表读数（公里）。</translation>
    </message>
    <message>
        <source>KM</source>
        <translation>公里</translation>
    </message>
</context>
<context>
    <name>TripLogDialog</name>
    <message>
        <source>Time (Beijing)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程表读数</translation>
    </message>
</context>
<context>
    <name>TripReviewPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Follow the vehicle</source>
        <translation>跟随车辆</translation>
    </message>
    <message>
        <source>Select a dispatch order to review its trip.</source>
        <translation>请选择一张派车单以回放其行程。</translation>
    </message>
    <message>
        <source>The booked window, the destination, the navigation and tracked km, the closest approach, stops, fences crossed and findings of the selected order appear here.</source>
        <translation>所选派车单的用车时段、目的地、导航里程与轨迹里程、距目的地最近距离、停留点、进出围栏及异常将显示在这里。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>用车时段</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航里程</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>轨迹里程</translation>
    </message>
    <message>
        <source>no positions in the booked window</source>
        <translation>用车时段内无定位数据</translation>
    </message>
    <message>
        <source>%1 km (%2 × navigation)</source>
        <translation>%1 公里（导航里程的 %2 倍）</translation>
    </message>
    <message>
        <source>Closest approach</source>
        <translation>最近距离</translation>
    </message>
    <message>
        <source>%1 km from the destination at %2</source>
        <translation>%2 时距目的地 %1 公里</translation>
    </message>
    <message numerus="yes">
        <source>Stops (≥ 3 min within 100 m): %n</source>
        <translation>
            <numerusform>停留点（100 米内停留 3 分钟及以上）：%n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fences crossed: %n</source>
        <translation>
            <numerusform>进出围栏：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entered %2</source>
        <translation>%1 进入%2</translation>
    </message>
    <message>
        <source>%1 left %2</source>
        <translation>%1 离开%2</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n</source>
        <translation>
            <numerusform>异常：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>near %1</source>
        <translation>在%1附近</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>位置 %1, %2</translation>
    </message>
    <message>
        <source>%1–%2, %3, %4</source>
        <translation>%1–%2，%3，%4</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Show only the orders booked from this day (Beijing time)</source>
        <translation>只显示当天（北京时间）开始用车的派车单</translation>
    </message>
    <message>
        <source>Show one vehicle&apos;s orders</source>
        <translation>只显示一辆车的派车单</translation>
    </message>
    <message>
        <source>Show one driver&apos;s orders</source>
        <translation>只显示一名驾驶员的派车单</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>全部车辆</translation>
    </message>
    <message>
        <source>All drivers</source>
        <translation>全部驾驶员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>VehicleFile</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>No vehicle with id %1.</source>
        <translation>没有编号为 %1 的车辆。</translation>
    </message>
    <message>
        <source>No driver with id %1.</source>
        <translation>没有编号为 %1 的驾驶员。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>VehicleFileDialog</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>档案信息</translation>
    </message>
    <message>
        <source>Where it went in the period</source>
        <translation>期间行驶轨迹</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Vehicle file</source>
        <translation>车辆档案</translation>
    </message>
    <message>
        <source>There is no vehicle %1 in the records.</source>
        <translation>车辆登记中没有 %1。</translation>
    </message>
    <message>
        <source>Vehicle file %1</source>
        <translation>车辆档案 %1</translation>
    </message>
    <message>
        <source>Driver file %1</source>
        <translation>驾驶员档案 %1</translation>
    </message>
    <message>
        <source>%1 trips · %2 km tracked (%3 km navigation) · %4 L fuel · cost %5 yuan (fuel and repairs) · %6 violations · %7 findings</source>
        <translation>出车 %1 次 · 轨迹里程 %2 公里（导航 %3 公里） · 油耗 %4 升 · 费用 %5 元（燃油和维修） · 违章 %6 起 · 异常 %7 条</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>file-%1.pdf</source>
        <translation>档案-%1.pdf</translation>
    </message>
    <message>
        <source>Print file to PDF</source>
        <translation>档案打印为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VehicleFilePrinter</name>
    <message>
        <source>Vehicle file %1</source>
        <translation>车辆档案 %1</translation>
    </message>
    <message>
        <source>Driver file %1</source>
        <translation>驾驶员档案 %1</translation>
    </message>
    <message>
        <source>Period %1 · printed %2</source>
        <translation>统计期间 %1 · 打印时间 %2</translation>
    </message>
    <message>
        <source>Litres per 100 km are read fill to fill: a fill&apos;s litres over the tracked trip km since the fill before it, as the fuel check reads them. Costs are fuel and repairs; trip prices are not included.</source>
        <translation>百公里油耗按两次加油之间计算：本次加油升数除以上次加油以来的出车轨迹里程，与油耗稽核口径一致。费用含燃油和维修，不含出车计费。</translation>
    </message>
</context>
<context>
    <name>VehicleFileText</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>出车次数</translation>
    </message>
    <message>
        <source>No trips in this period.</source>
        <translation>本期间无出车记录。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>派车单号</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Nav km</source>
        <translation>导航里程</translation>
    </message>
    <message>
        <source>Tracked km</source>
        <translation>轨迹里程</translation>
    </message>
    <message>
        <source>Tracked ÷ nav</source>
        <translation>轨迹÷导航</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <source>Fuel (yuan)</source>
        <translation>燃油(元)</translation>
    </message>
    <message>
        <source>no track</source>
        <translation>无轨迹</translation>
    </message>
    <message>
        <source>Refuels</source>
        <translation>加油记录</translation>
    </message>
    <message>
        <source>No refuels in this period.</source>
        <translation>本期间无加油记录。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>加油站</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Km since last fill</source>
        <translation>距上次加油里程</translation>
    </message>
    <message>
        <source>L/100 km</source>
        <translation>百公里油耗</translation>
    </message>
    <message>
        <source>first fill</source>
        <translation>首次加油</translation>
    </message>
    <message>
        <source>Repairs and maintenance</source>
        <translation>维修保养</translation>
    </message>
    <message>
        <source>No repairs in this period.</source>
        <translation>本期间无维修记录。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>维修厂</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Odometer km</source>
        <translation>里程表（公里）</translation>
    </message>
    <message>
        <source>Traffic violations</source>
        <translation>违章</translation>
    </message>
    <message>
        <source>No violations in this period.</source>
        <translation>本期间无违章。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>违章描述</translation>
    </message>
    <message>
        <source>%1 (on the trip at that time)</source>
        <translation>%1（当时出车）</translation>
    </message>
    <message>
        <source>unknown (no trip at that time)</source>
        <translation>不明（当时无出车）</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>No findings in this period.</source>
        <translation>本期间无异常。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Month and year totals</source>
        <translation>月度及年度汇总</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>本期间无数据。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Repairs (yuan)</source>
        <translation>维修(元)</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违章异常</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>%1: the integrity check could not run: %2</source>
        <translation>%1：无法运行完整性检查：%2</translation>
    </message>
    <message>
        <source>%1: integrity check: %2</source>
        <translation>%1：完整性检查：%2</translation>
    </message>
    <message>
        <source>%1: the integrity check stopped: %2</source>
        <translation>%1：完整性检查中止：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: integrity check passed; %2 stored days of tracks (%3 fixes) decode</source>
        <translation>%1：完整性检查通过；%2 个已存轨迹日（%3 个定位点）均可解码</translation>
    </message>
</context>
<context>
    <name>WorkbookWriter</name>
    <message>
        <source>%1: sheet %2, row %3, column %4 holds more than %5 characters, more than a workbook cell holds</source>
        <translation>%1：工作表 %2 第 %3 行第 %4 列超过 %5 个字符，超出工作簿单元格的容量</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3</source>
        <translation>工作表 %1 第 %2 行第 %3 列</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1：无法写入%2：%3</translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation>%1：无法替换该文件</translation>
    </message>
</context>
<context>
    <name>WriteScope</name>
    <message>
        <source>unknown SQLite error</source>
        <translation>未知的 SQLite 错误</translation>
    </message>
    <message>
        <source>the database file is read-only (%1)</source>
        <translation>数据库文件为只读（%1）</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: not an .xlsx workbook (%2)</source>
        <translation>%1：不是 .xlsx 工作簿（%2）</translation>
    </message>
    <message>
        <source>%1: not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>%1：不是 .xlsx 工作簿（缺少 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>%1: xl/sharedStrings.xml: %2</source>
        <translation>%1：xl/sharedStrings.xml：%2</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet %2</source>
        <translation>%1：工作簿中没有工作表 %2</translation>
    </message>
    <message>
        <source>%1: row %2: bad cell reference %3</source>
        <translation>%1：第 %2 行：单元格引用 %3 有误</translation>
    </message>
    <message>
        <source>%1: cell %2 names shared string %3, which the workbook does not have</source>
        <translation>%1：单元格 %2 引用的共享字符串 %3 在工作簿中不存在</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a zip file (no central directory)</source>
        <translation>%1：不是 zip 文件（没有中央目录）</translation>
    </message>
    <message>
        <source>%1: damaged zip directory (entry %2)</source>
        <translation>%1：zip 目录已损坏（第 %2 项）</translation>
    </message>
    <message>
        <source>%1: no member %2</source>
        <translation>%1：没有成员 %2</translation>
    </message>
    <message>
        <source>%1: %2 is encrypted</source>
        <translation>%1：%2 已加密</translation>
    </message>
    <message>
        <source>%1: %2: damaged member header</source>
        <translation>%1：%2：成员头已损坏</translation>
    </message>
    <message>
        <source>%1: %2: damaged or zip64 member</source>
        <translation>%1：%2：成员已损坏或为 zip64 格式</translation>
    </message>
    <message>
        <source>%1: %2: compression method %3 is not supported</source>
        <translation>%1：%2：不支持压缩方式 %3</translation>
    </message>
    <message>
        <source>%1: %2: cannot inflate</source>
        <translation>%1：%2：无法解压</translation>
    </message>
    <message>
        <source>%1: %2 does not inflate (damaged)</source>
        <translation>%1：%2 解压失败（已损坏）</translation>
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
